//! XSS suite: hostile markup and URLs go through `extract` → `to_html` /
//! `to_markdown`, and hostile strings are put directly into every field of an
//! `Article`; the HTML output is re-parsed with html5ever and must contain
//! nothing executable, the Markdown output is parsed with pulldown-cmark and
//! must contain no raw HTML and no link or image outside the safe schemes.
//!
//! The vectors are assembled from the public classes of attacks: the OWASP
//! XSS filter-evasion cheat sheet (case, whitespace, control characters and
//! character references in schemes; malformed tags; event handlers; CSS
//! `expression()` / `url(javascript:)`; `<base>`, `<meta refresh>`,
//! `<iframe>`, `<object>`, `<embed>`, `<form action>`), mutation XSS through
//! parser differences (raw-text elements, foreign content, `<noscript>`), and
//! polyglots.

use std::collections::VecDeque;

use html5ever::tendril::TendrilSink;
use html5ever::{ParseOpts, ns, parse_document};
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use newsprint::{Article, Block, Image, Mark, MarkKind, RelatedItem, RelatedList};

/// Markup vectors: placed in bodies, titles, captions, and (as strings) in
/// every field and URL.
const MARKUP: &[&str] = &[
    // Plain script injection and malformed script tags.
    r##"<script>alert(1)</script>"##,
    r##"<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>"##,
    r##"<SCRIPT/XSS SRC="https://xss.example/xss.js"></SCRIPT>"##,
    r##"<SCRIPT/SRC="https://xss.example/xss.js"></SCRIPT>"##,
    r##"<<SCRIPT>alert("XSS");//<</SCRIPT>"##,
    r##"<SCRIPT SRC=https://xss.example/xss.js?< B >"##,
    r##"<SCRIPT SRC=//xss.example/.j>"##,
    r##"<SCRIPT a=">" SRC="httx://xss.example/xss.js"></SCRIPT>"##,
    r##"<SCRIPT ="blah" SRC="httx://xss.example/xss.js"></SCRIPT>"##,
    r##"<scr<script>ipt>alert(1)</scr</script>ipt>"##,
    r##"<script>alert(String.fromCharCode(88,83,83))</script>"##,
    r##""><script>alert(1)</script>"##,
    r##"'><script>alert(1)</script>"##,
    r##"</p><script>alert(1)</script><p>"##,
    r##"</TITLE><SCRIPT>alert("XSS");</SCRIPT>"##,
    r##"\";alert('XSS');//"##,
    r##"<script src=data:text/javascript,alert(1)></script>"##,
    r##"<script>/*</script><svg onload=alert(1)>*/</script>"##,
    // Image vectors and scheme obfuscation.
    r##"<IMG SRC="javascript:alert('XSS');">"##,
    r##"<IMG SRC=javascript:alert('XSS')>"##,
    r##"<IMG SRC=JaVaScRiPt:alert('XSS')>"##,
    r##"<IMG SRC=`javascript:alert("RSnake says, 'XSS'")`>"##,
    r##"<IMG """><SCRIPT>alert("XSS")</SCRIPT>">"##,
    r##"<IMG SRC=# onmouseover="alert('xxs')">"##,
    r##"<IMG SRC= onmouseover="alert('xxs')">"##,
    r##"<IMG onmouseover="alert('xxs')">"##,
    r##"<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>"##,
    r##"<img src=x:alert(alt) onerror=eval(src) alt=0>"##,
    r##"<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>"##,
    r##"<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>"##,
    r##"<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>"##,
    "<IMG SRC=\"jav\tascript:alert('XSS');\">",
    r##"<IMG SRC="jav&#x09;ascript:alert('XSS');">"##,
    r##"<IMG SRC="jav&#x0A;ascript:alert('XSS');">"##,
    r##"<IMG SRC="jav&#x0D;ascript:alert('XSS');">"##,
    "<IMG SRC=java\0script:alert(\"XSS\")>",
    r##"<IMG SRC=" &#14;  javascript:alert('XSS');">"##,
    r##"<IMG SRC="`<javascript:alert>`">"##,
    r##"<IMG DYNSRC="javascript:alert('XSS')">"##,
    r##"<IMG LOWSRC="javascript:alert('XSS')">"##,
    r##"<IMG SRC='vbscript:msgbox("XSS")'>"##,
    r##"<IMG SRC="livescript:[code]">"##,
    r##"<IMG STYLE="xss:expr/*XSS*/ession(alert('XSS'))">"##,
    r##"<img src="x" onerror="&#x61;lert(1)">"##,
    r##"<img/src/onerror=alert(1)>"##,
    "<img src=x onerror\u{b}=alert(1)>",
    r##"<img src=x onerror=alert`1`>"##,
    r##"<img src="x` `<script>alert(1)</script>"` `>"##,
    r##"<img src=1 href=1 onerror="javascript:alert(1)"></img>"##,
    r##"<img srcset="x 1x, javascript:alert(1) 2x">"##,
    r##"<picture><source srcset="javascript:alert(1)"><img src=x></picture>"##,
    r##"<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">"##,
    r##"<isindex type=image src=1 onerror=alert(1)>"##,
    // Event handlers on all sorts of elements.
    r##"<BODY ONLOAD=alert('XSS')>"##,
    r##"<BODY onload!#$%&()*~+-_.,:;?@[/|\]^`=alert("XSS")>"##,
    r##"<body onpageshow=alert(1)>"##,
    r##"<svg/onload=alert('XSS')>"##,
    r##"<details open ontoggle=alert(1)>"##,
    r##"<video><source onerror="alert(1)"></video>"##,
    r##"<audio src=x onerror=alert(1)>"##,
    r##"<marquee onstart=alert(1)>XSS</marquee>"##,
    r##"<input autofocus onfocus=alert(1)>"##,
    r##"<select autofocus onfocus=alert(1)></select>"##,
    r##"<textarea autofocus onfocus=alert(1)></textarea>"##,
    r##"<keygen autofocus onfocus=alert(1)>"##,
    r##"<div onmouseover="alert(1)">hover the article</div>"##,
    r##"<p onclick=alert(1)>Click this paragraph of article text.</p>"##,
    r##"<a href="https://example.com/" onclick="alert(1)">ok link</a>"##,
    r##"<a onmouseover=alert(document.cookie)>xxs link</a>"##,
    r##"<button formaction=javascript:alert(1)>go</button>"##,
    r##"<object onerror=alert(1)>"##,
    r##"<style onload=alert(1)></style>"##,
    // Links with dangerous schemes.
    r##"<A HREF="javascript:document.location='https://www.example.com/'">XSS</A>"##,
    r##"<a href="jav&#x0A;ascript:alert(1)">nl</a>"##,
    r##"<a href="&#x6A;avascript:alert(1)">hex</a>"##,
    r##"<a href=" javascript:alert(1)">space</a>"##,
    "<a href=\"\u{1}javascript:alert(1)\">ctrl</a>",
    r##"<a href="javascript&colon;alert(1)">colon</a>"##,
    r##"<a href="JAVASCRIPT:alert(1)">upper</a>"##,
    r##"<a href="java&Tab;script:alert(1)">tab</a>"##,
    r##"<a href="java&NewLine;script:alert(1)">newline</a>"##,
    r##"<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>"##,
    r##"<a href="vbscript:msgbox(1)">vb</a>"##,
    r##"<a href="javascript://%0Aalert(1)">comment</a>"##,
    r##"<a href="%6A%61%76%61%73%63%72%69%70%74:alert(1)">pct</a>"##,
    r##"<a href="java&#0000115;cript:alert(1)">pad</a>"##,
    r##"<a href="&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)">nosemi</a>"##,
    "<a href=\"java\u{200b}script:alert(1)\">zwsp</a>",
    r##"<a href="javas&#99;ript:alert(1)">mixed</a>"##,
    r##"<a href="jAvAsCrIpT&#x3A;alert(1)">case</a>"##,
    r##"<a href="  &#x20;javascript:alert(1)">lead</a>"##,
    r##"<a href="javascript:alert(1)" style="color:red">styled</a>"##,
    // CSS vectors.
    r##"<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>"##,
    r##"<STYLE>@import'https://xss.example/xss.css';</STYLE>"##,
    r##"<STYLE>BODY{-moz-binding:url("https://xss.example/xssmoz.xml#xss")}</STYLE>"##,
    r##"<STYLE>@im\port'\ja\vasc\ript:alert("XSS")';</STYLE>"##,
    r##"<STYLE TYPE="text/javascript">alert('XSS');</STYLE>"##,
    r##"<STYLE>.XSS{background-image:url("javascript:alert('XSS')");}</STYLE><A CLASS=XSS></A>"##,
    r##"<XSS STYLE="behavior: url(xss.htc);">"##,
    r##"<DIV STYLE="background-image: url(javascript:alert('XSS'))">"##,
    r##"<DIV STYLE="background-image:\0075\0072\006C\0028'\006a\0061\0076\0061\0073\0063\0072\0069\0070\0074\003a\0061\006c\0065\0072\0074\0028.1027\0058.1053\0053\0027\0029'\0029">"##,
    r##"<DIV STYLE="width: expression(alert('XSS'));">"##,
    r##"<p style="background:url(javascript:alert(1))">styled paragraph of the article body text</p>"##,
    r##"<LINK REL="stylesheet" HREF="javascript:alert('XSS');">"##,
    r##"<META HTTP-EQUIV="Link" Content="<https://xss.example/xss.css>; REL=stylesheet">"##,
    r##"<TABLE BACKGROUND="javascript:alert('XSS')">"##,
    r##"<TABLE><TD BACKGROUND="javascript:alert('XSS')">"##,
    r##"<BODY BACKGROUND="javascript:alert('XSS')">"##,
    // Frames, objects, base, meta refresh, forms.
    r##"<IFRAME SRC="javascript:alert('XSS');"></IFRAME>"##,
    r##"<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>"##,
    r##"<iframe src=https://xss.example/scriptlet.html <"##,
    r##"<iframe srcdoc="<script>alert(1)</script>"></iframe>"##,
    r##"<iframe srcdoc="&lt;img src=x onerror=alert(1)&gt;"></iframe>"##,
    r##"<FRAMESET><FRAME SRC="javascript:alert('XSS');"></FRAMESET>"##,
    r##"<OBJECT TYPE="text/x-scriptlet" DATA="https://xss.example/scriptlet.html"></OBJECT>"##,
    r##"<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>"##,
    r##"<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>"##,
    r##"<embed src="javascript:alert(1)">"##,
    r##"<applet code="javascript:alert(1)"></applet>"##,
    r##"<BASE HREF="javascript:alert('XSS');//">"##,
    r##"<base href="//xss.example/">"##,
    r##"<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">"##,
    r##"<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">"##,
    r##"<META HTTP-EQUIV="refresh" CONTENT="0; URL=https://;URL=javascript:alert('XSS');">"##,
    r##"<form action="javascript:alert(1)"><input type=submit></form>"##,
    r##"<form><button formaction="javascript:alert(1)">X</button></form>"##,
    r##"<link rel=import href="data:text/html,<script>alert(1)</script>">"##,
    r##"<meta charset="x-imap4-modified-utf7">&ADz&AGn&AG0&AEf&ACA&AHM&AHI&AGO&AD0&AGn&ACA&AG8Abg&AGUAcgByAG8AcgA9AGEAbABlAHIAdAAoADEAKQ&ACAAPABi"##,
    // SVG and MathML.
    r##"<svg><script>alert(1)</script></svg>"##,
    r##"<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>"##,
    r##"<svg><style><img src=x onerror=alert(1)></style></svg>"##,
    r##"<svg><animate onbegin=alert(1) attributeName=x dur=1s>"##,
    r##"<svg><set attributeName="href" to="javascript:alert(1)"></set></svg>"##,
    r##"<svg><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>"##,
    r##"<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)' /></svg>#x"></use></svg>"##,
    r##"<math><maction actiontype="statusline#https://x.example" xlink:href="javascript:alert(1)">click</maction></math>"##,
    r##"<math href="javascript:alert(1)">CLICKME</math>"##,
    r##"<math><mi xlink:href="data:x,<script>alert(1)</script>">x</mi></math>"##,
    // Mutation XSS through parser differences.
    r##"<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>"##,
    r##"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"##,
    r##"<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">"##,
    r##"<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>"##,
    r##"<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">"##,
    r##"<svg><p><style><g title="</style><img src onerror=alert(1)>">"##,
    r##"<template><img src=x onerror=alert(1)></template>"##,
    r##"<xmp><p title="</xmp><img src=x onerror=alert(1)>"></xmp>"##,
    r##"<noembed><img title="</noembed><img src onerror=alert(1)>"></noembed>"##,
    r##"<noframes><p title="</noframes><img src onerror=alert(1)>"></noframes>"##,
    r##"<iframe><img title="</iframe><img src onerror=alert(1)>"></iframe>"##,
    r##"<textarea><img title="</textarea><img src onerror=alert(1)>"></textarea>"##,
    r##"<title><img title="</title><img src onerror=alert(1)>"></title>"##,
    r##"<style><img title="</style><img src onerror=alert(1)>"></style>"##,
    r##"<plaintext><script>alert(1)</script>"##,
    r##"<!--<img src="--><img src=x onerror=alert(1)//">"##,
    r##"<![CDATA[<script>alert(1)</script>]]>"##,
    r##"<?xml version="1.0"?><script>alert(1)</script>"##,
    r##"<a href="x"><a href="javascript:alert(1)">nested</a></a>"##,
    r##"<table><img src=x onerror=alert(1)><td>cell</td></table>"##,
    // Historical and odd namespaces.
    r##"<HTML><BODY><?xml:namespace prefix="t" ns="urn:schemas-microsoft-com:time"><?import namespace="t" implementation="#default#time2"><t:set attributeName="innerHTML" to="XSS<SCRIPT DEFER>alert(&quot;XSS&quot;)</SCRIPT>"></BODY></HTML>"##,
    r##"<XML ID="xss"><I><B><IMG SRC="javas<!-- -->cript:alert('XSS')"></B></I></XML><SPAN DATASRC="#xss" DATAFLD="B" DATAFORMATAS="HTML"></SPAN>"##,
    r##"<BGSOUND SRC="javascript:alert('XSS');">"##,
    r##"<BR SIZE="&{alert('XSS')}">"##,
    r##"<LAYER SRC="https://xss.example/scriptlet.html"></LAYER>"##,
    // Encodings and polyglots.
    "\u{bc}script\u{be}alert(\u{a2}XSS\u{a2})\u{bc}/script\u{be}",
    r##"+ADw-script+AD4-alert(1)+ADw-/script+AD4-"##,
    r##"javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+alert(1)//'>"##,
    r##"jaVasCript:/*-/*`/*\`/*'/*"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\x3csVg/<sVg/oNloAd=alert()//>\x3e"##,
    r##"'"--></style></script><script>alert(1)</script>"##,
    r##"&lt;script&gt;alert(1)&lt;/script&gt;"##,
    r##"&#60;script&#62;alert(1)&#60;/script&#62;"##,
    r##"[click](javascript:alert(1)) ![x](javascript:alert(1)) <javascript:alert(1)>"##,
    r##"[a]: javascript:alert(1) and [a]"##,
];

/// URL vectors: put into hrefs, image sources, related items, link marks.
const URLS: &[&str] = &[
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "\u{1}javascript:alert(1)",
    "\u{0}javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\rscript:alert(1)",
    "java\u{0}script:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "jav&#9;ascript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "&#0000106&#0000097vascript:alert(1)",
    "javascript&colon;alert(1)",
    "javascript&#58;alert(1)",
    "javascript&#x3a;alert(1)",
    "&amp;#106;avascript:alert(1)",
    "java\u{200b}script:alert(1)",
    "java\u{feff}script:alert(1)",
    "\u{a0}javascript:alert(1)",
    "vbscript:msgbox(1)",
    "VBSCRIPT:msgbox(1)",
    "livescript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,x",
    "data:image/svg+xml,<svg onload=alert(1)>",
    "file:///etc/passwd",
    "javascript://%0Aalert(1)",
    "\"><script>alert(1)</script>",
    "' onerror='alert(1)",
    "\" onmouseover=\"alert(1)",
    "x\" style=\"x:expression(alert(1))",
    "https://ok.example/\"><img src=x onerror=alert(1)>",
    "https://ok.example/a b<c>d",
    "/relative/path?x=<script>",
    "//xss.example/x.js",
    "mailto:x@example.com?subject=<script>",
    "ja\u{0b}vascript:alert(1)",
];

const FILLER: &str = "The harbour authority said on Tuesday that the new breakwater, \
    finished three months late, had already reduced storm damage along the eastern quay \
    and that fishing crews would be allowed to return to their old moorings next week.";

const ALLOWED_ELEMENTS: &[&str] = &[
    // Added by the parser around any fragment.
    "html",
    "head",
    "body",
    // Written by the renderer.
    "article",
    "aside",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "a",
    "em",
    "strong",
    "code",
    "pre",
    "ul",
    "ol",
    "li",
    "blockquote",
    "figure",
    "img",
    "figcaption",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "small",
    "span",
];

const ALLOWED_ATTRS: &[&str] = &["href", "src", "alt", "rel"];

const FORBIDDEN_ELEMENTS: &[&str] = &[
    "script", "iframe", "object", "embed", "style", "svg", "math", "base", "meta", "form", "link",
    "frame", "frameset", "applet", "template", "noscript", "input", "button",
];

/// Escapes a string for a double-quoted HTML attribute in a test page.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;")
}

/// Escapes a string for text content.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The pages each vector is placed in.
fn pages(v: &str) -> Vec<String> {
    let json = serde_json::to_string(v).unwrap();
    vec![
        // Raw markup in the body, between real paragraphs and inside one.
        format!(
            "<html><head><title>Breakwater finished</title></head><body><article>\
             <h1>Breakwater finished</h1><p>{FILLER}</p>{v}<p>{FILLER} {v} and more.</p>\
             <p>{FILLER}</p></article></body></html>"
        ),
        // As a link target and link text.
        format!(
            "<article><h1>Breakwater finished</h1><p>{FILLER} <a href=\"{a}\">{v}</a> \
             and <a href={a}>the full report</a>.</p><p>{FILLER}</p></article>",
            a = attr(v)
        ),
        // As an image source, alt text, caption and credit.
        format!(
            "<article><h1>Breakwater finished</h1><figure><img src=\"{a}\" alt=\"{a}\" \
             data-src=\"{a}\" srcset=\"{a} 2x\"><figcaption>{v}<span class=credit>{v}</span>\
             </figcaption></figure><p>{FILLER}</p><p>{FILLER}</p></article>",
            a = attr(v)
        ),
        // In the title and metadata.
        format!(
            "<html><head><title>{e}</title><meta property=\"og:title\" content=\"{a}\">\
             <meta property=\"og:image\" content=\"{a}\"><meta name=\"author\" content=\"{a}\">\
             <link rel=canonical href=\"{a}\">\
             <script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":{j},\
             \"author\":{{\"@type\":\"Person\",\"name\":{j}}},\"image\":{{\"url\":{j},\"caption\":{j}}},\
             \"datePublished\":{j},\"articleBody\":{j}}}</script></head>\
             <body><article><h1>{v}</h1><p class=byline>By {v}</p><p>{FILLER}</p><p>{FILLER}</p>\
             </article></body></html>",
            e = esc(v),
            a = attr(v),
            j = json.replace("</", "<\\/")
        ),
        // In a related list after the body.
        format!(
            "<article><h1>Breakwater finished</h1><p>{FILLER}</p><p>{FILLER}</p></article>\
             <aside class=related><h2>{v}</h2><ul>\
             <li><a href=\"{a}\">{v} first headline about ports</a><span class=author>{v}</span></li>\
             <li><a href=\"{a}\">Second headline about fishing quotas</a></li>\
             <li><a href=\"/world/{a}\">Third headline about the coast guard</a></li>\
             <li><a href=\"{a}\">Fourth headline about trade</a></li></ul></aside>",
            a = attr(v)
        ),
    ]
}

/// An article with `v` in every field, link marks and image URLs.
fn hostile_article(v: &str) -> Article {
    let text = format!("Before {v} after");
    let n = text.len();
    let mut a = Article::default();
    a.url = Some(v.into());
    a.canonical_url = Some(v.into());
    a.site_name = Some(v.into());
    a.title = Some(v.into());
    a.description = Some(v.into());
    a.authors = vec![v.into(), v.into()];
    // A typed date cannot hold hostile text.
    a.published = "2015-07-24T05:36:09+01:00".parse().ok();
    a.section = Some(v.into());
    a.source = Some(v.into());
    a.tags = vec![v.into()];
    let mut image = Image::default();
    image.url = Some(v.into());
    image.alt = Some(v.into());
    image.caption = Some(v.into());
    image.credit = Some(v.into());
    a.lead_image = Some(image.clone());
    a.body = vec![
        Block::Paragraph {
            text: text.clone(),
            marks: vec![
                Mark::new(0, n, MarkKind::Link { href: v.into() }),
                Mark::new(7, n - 6, MarkKind::Emphasis),
                Mark::new(7, n - 6, MarkKind::Strong),
                Mark::new(0, 6, MarkKind::Code),
                Mark::new(3, n + 5, MarkKind::Strong),
                Mark::new(
                    n - 5,
                    n,
                    MarkKind::Link {
                        href: "https://ok.example/".into(),
                    },
                ),
            ],
        },
        Block::Paragraph {
            text: v.into(),
            marks: vec![Mark::new(0, v.len(), MarkKind::Link { href: v.into() })],
        },
        Block::Heading {
            level: 2,
            text: v.into(),
        },
        Block::Heading {
            level: 0,
            text: v.into(),
        },
        Block::Heading {
            level: 200,
            text: v.into(),
        },
        Block::List {
            ordered: false,
            items: vec![v.into(), text.clone()],
        },
        Block::List {
            ordered: true,
            items: vec![v.into()],
        },
        Block::Quote { text: v.into() },
        Block::Figure { image },
        Block::Table {
            rows: vec![vec![v.into(), v.into()], vec![v.into()]],
            header_rows: 1,
        },
        Block::Code { text: v.into() },
    ];
    let mut item = RelatedItem::new(v);
    item.url = Some(v.into());
    item.author = Some(v.into());
    let mut list = RelatedList::default();
    list.label = Some(v.into());
    list.items = vec![item, RelatedItem::new("Plain teaser headline")];
    a.related = vec![list];
    a
}

// ---------------------------------------------------------------------------
// Checks

/// The scheme a browser would see: leading/trailing C0 controls and spaces
/// stripped, ASCII tab and newlines removed, then `ALPHA *( ALPHA / DIGIT /
/// "+" / "-" / "." ) ":"`.
fn browser_scheme(url: &str) -> Option<String> {
    let s: String = url
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let colon = s.find(':')?;
    let scheme = &s[..colon];
    let mut chars = scheme.chars();
    let first = chars.next()?;
    if !first.is_ascii_alphabetic() {
        return None;
    }
    if !chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')) {
        return None;
    }
    Some(scheme.to_ascii_lowercase())
}

/// A stricter view: every whitespace and control character removed, lower
/// case.
fn squashed(url: &str) -> String {
    url.chars()
        .filter(|c| !c.is_whitespace() && !c.is_control() && *c != '\u{200b}' && *c != '\u{feff}')
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Decodes numeric character references and the named ones that hide URL
/// syntax, repeatedly (an independent, simpler decoder than the crate's).
fn decode_refs(s: &str) -> String {
    let mut cur = s.to_string();
    for _ in 0..4 {
        let mut out = String::new();
        let mut rest = cur.as_str();
        while let Some(p) = rest.find('&') {
            out.push_str(&rest[..p]);
            rest = &rest[p..];
            let lower = rest.to_ascii_lowercase();
            let named = [
                ("&colon;", ':'),
                ("&tab;", '\t'),
                ("&newline;", '\n'),
                ("&amp;", '&'),
            ]
            .into_iter()
            .find(|(n, _)| lower.starts_with(n));
            if let Some((n, c)) = named {
                out.push(c);
                rest = &rest[n.len()..];
                continue;
            }
            let (hex, skip) = if lower.starts_with("&#x") {
                (true, 3)
            } else if lower.starts_with("&#") {
                (false, 2)
            } else {
                (false, 0)
            };
            let digits = if skip > 0 {
                rest[skip..]
                    .chars()
                    .take_while(|c| {
                        if hex {
                            c.is_ascii_hexdigit()
                        } else {
                            c.is_ascii_digit()
                        }
                    })
                    .count()
            } else {
                0
            };
            if digits == 0 {
                out.push('&');
                rest = &rest[1..];
                continue;
            }
            let num = &rest[skip..skip + digits];
            let v = u32::from_str_radix(num, if hex { 16 } else { 10 }).unwrap_or(0xfffd);
            out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            rest = &rest[skip + digits..];
            if rest.starts_with(';') {
                rest = &rest[1..];
            }
        }
        out.push_str(rest);
        if out == cur {
            break;
        }
        cur = out;
    }
    cur
}

fn check_url(url: &str, allow_mailto: bool, ctx: &str) {
    if let Some(s) = browser_scheme(url) {
        let ok = s == "http" || s == "https" || (allow_mailto && s == "mailto");
        assert!(ok, "{ctx}: URL with scheme {s:?} survived: {url:?}");
    }
    for view in [squashed(url), squashed(&decode_refs(url))] {
        for bad in ["javascript:", "vbscript:", "livescript:", "data:", "file:"] {
            assert!(!view.starts_with(bad), "{ctx}: {bad} URL survived: {url:?}");
        }
    }
}

/// Re-parses rendered HTML and checks it against the allow-lists. Returns the
/// number of elements seen.
fn check_html(html: &str, ctx: &str) -> usize {
    let dom: RcDom = parse_document(RcDom::default(), ParseOpts::default()).one(html);
    let mut queue: VecDeque<Handle> = VecDeque::from([dom.document.clone()]);
    let mut elements = 0;
    while let Some(node) = queue.pop_front() {
        if let NodeData::Element {
            name,
            attrs,
            template_contents,
            ..
        } = &node.data
        {
            elements += 1;
            let local: &str = &name.local;
            assert!(
                name.ns == ns!(html),
                "{ctx}: foreign element {local} ({:?}) in output:\n{html}",
                name.ns
            );
            assert!(
                !FORBIDDEN_ELEMENTS.contains(&local),
                "{ctx}: forbidden element <{local}> in output:\n{html}"
            );
            assert!(
                ALLOWED_ELEMENTS.contains(&local),
                "{ctx}: element <{local}> outside the allow-list:\n{html}"
            );
            for a in attrs.borrow().iter() {
                let an: &str = &a.name.local;
                assert!(
                    !an.to_ascii_lowercase().starts_with("on"),
                    "{ctx}: event handler {an} in output:\n{html}"
                );
                assert!(
                    ALLOWED_ATTRS.contains(&an) && a.name.ns == ns!(),
                    "{ctx}: attribute {an} outside the allow-list:\n{html}"
                );
                match an {
                    "href" => {
                        assert_eq!(local, "a", "{ctx}: href on <{local}>");
                        check_url(&a.value, true, ctx);
                    }
                    "src" => {
                        assert_eq!(local, "img", "{ctx}: src on <{local}>");
                        check_url(&a.value, false, ctx);
                    }
                    "rel" => assert_eq!(&*a.value, "nofollow noopener", "{ctx}"),
                    _ => {}
                }
            }
            assert!(
                template_contents.borrow().is_none(),
                "{ctx}: template contents in output"
            );
        }
        if let NodeData::Comment { .. } | NodeData::ProcessingInstruction { .. } = &node.data {
            panic!("{ctx}: comment or processing instruction in output:\n{html}");
        }
        for c in node.children.borrow().iter() {
            queue.push_back(c.clone());
        }
    }
    // The crate's own parser agrees that there is no script-capable element.
    let doc = newsprint::Document::parse(html).expect("rendered HTML parses");
    for id in doc.elements() {
        let name = doc.tag_name(id).unwrap_or("");
        assert!(
            ALLOWED_ELEMENTS.contains(&name),
            "{ctx}: <{name}> (newsprint::Document)"
        );
    }
    elements
}

/// Parses rendered Markdown as CommonMark + GFM tables and checks that no
/// raw HTML passes through and that link and image targets are safe.
fn check_markdown(md: &str, ctx: &str) {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    for event in Parser::new_ext(md, opts) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => {
                panic!("{ctx}: raw HTML {h:?} in Markdown:\n{md}")
            }
            Event::Start(Tag::Link { dest_url, .. }) => check_url(&dest_url, true, ctx),
            Event::Start(Tag::Image { dest_url, .. }) => check_url(&dest_url, false, ctx),
            _ => {}
        }
    }
}

// ---------------------------------------------------------------------------
// Tests

#[test]
fn there_are_at_least_100_vectors() {
    assert!(MARKUP.len() >= 100, "{} markup vectors", MARKUP.len());
    assert!(MARKUP.len() + URLS.len() >= 150);
}

#[test]
fn extracted_pages_render_safe_html_and_markdown() {
    let mut rendered = 0;
    let mut elements = 0;
    let (mut links, mut images, mut asides) = (0, 0, 0);
    for (i, v) in MARKUP.iter().chain(URLS).enumerate() {
        for (j, page) in pages(v).iter().enumerate() {
            for url in [Some("https://news.example/world/breakwater"), None] {
                let ctx = format!("vector {i} {v:?}, page {j}, url {url:?}");
                let Ok(article) = newsprint::extract(page, url) else {
                    continue;
                };
                let out = article.to_html();
                elements += check_html(&out, &ctx);
                links += out.matches("<a href").count();
                images += out.matches("<img src").count();
                asides += out.matches("<aside>").count();
                check_markdown(&article.to_markdown(), &ctx);
                // Round trip through JSON keeps the output safe too.
                let json = serde_json::to_string(&article).unwrap();
                let back: Article = serde_json::from_str(&json).unwrap();
                assert_eq!(back.to_html(), article.to_html(), "{ctx}");
                rendered += 1;
            }
        }
    }
    // Most pages carry real paragraphs, so most of them must yield articles.
    let total = (MARKUP.len() + URLS.len()) * 5 * 2;
    assert!(
        rendered * 2 >= total,
        "only {rendered} of {total} pages gave an article"
    );
    assert!(elements > rendered * 3);
    eprintln!(
        "{rendered} articles, {elements} elements, {links} links, {images} images, {asides} asides"
    );
    // The safe parts of the pages (relative teaser links, the real page
    // structure) do come through, so the checks above saw real output.
    assert!(links > 0 && asides > 0, "{links} links, {asides} asides");
}

#[test]
fn hostile_articles_render_safe_html_and_markdown() {
    for (i, v) in MARKUP.iter().chain(URLS).enumerate() {
        let ctx = format!("vector {i} {v:?} in every field");
        let a = hostile_article(v);
        let html = a.to_html();
        let n = check_html(&html, &ctx);
        assert!(n >= 10, "{ctx}: too few elements rendered:\n{html}");
        check_markdown(&a.to_markdown(), &ctx);
        // The text survives as text: the vector's visible characters are
        // all in the re-parsed document's text.
        let doc = newsprint::Document::parse(&html).unwrap();
        let text = doc.text(doc.root());
        let visible: String = v
            .chars()
            .map(|c| if c == '\0' { '\u{fffd}' } else { c })
            .filter(|c| {
                !c.is_whitespace() && !c.is_control() && *c != '\u{200b}' && *c != '\u{feff}'
            })
            .take(20)
            .collect();
        assert!(
            text.replace(' ', "").contains(&visible),
            "{ctx}: text {visible:?} lost from the output"
        );
    }
}

#[test]
fn safe_urls_survive() {
    let mut a = Article::default();
    let text = "one two three four";
    let links = [
        "https://ok.example/a?b=1&c=2",
        "http://ok.example/",
        "mailto:desk@ok.example",
        "/world/story",
    ];
    a.body.push(Block::Paragraph {
        text: text.into(),
        marks: vec![
            Mark::new(
                0,
                3,
                MarkKind::Link {
                    href: links[0].into(),
                },
            ),
            Mark::new(
                4,
                7,
                MarkKind::Link {
                    href: links[1].into(),
                },
            ),
            Mark::new(
                8,
                13,
                MarkKind::Link {
                    href: links[2].into(),
                },
            ),
            Mark::new(
                14,
                18,
                MarkKind::Link {
                    href: links[3].into(),
                },
            ),
        ],
    });
    let mut image = Image::default();
    image.url = Some("https://img.example/a.jpg".into());
    image.alt = Some("a \"quoted\" <alt>".into());
    a.body.push(Block::Figure { image });
    let html = a.to_html();
    check_html(&html, "safe");
    let dom: RcDom = parse_document(RcDom::default(), ParseOpts::default()).one(html.as_str());
    let mut hrefs = Vec::new();
    let mut alts = Vec::new();
    let mut queue = VecDeque::from([dom.document.clone()]);
    while let Some(n) = queue.pop_front() {
        if let NodeData::Element { attrs, .. } = &n.data {
            for at in attrs.borrow().iter() {
                match &*at.name.local {
                    "href" | "src" => hrefs.push(at.value.to_string()),
                    "alt" => alts.push(at.value.to_string()),
                    _ => {}
                }
            }
        }
        queue.extend(n.children.borrow().iter().cloned());
    }
    let mut expected: Vec<String> = links.iter().map(|s| s.to_string()).collect();
    expected.push("https://img.example/a.jpg".into());
    assert_eq!(hrefs, expected);
    assert_eq!(alts, ["a \"quoted\" <alt>"]);
    let md = a.to_markdown();
    check_markdown(&md, "safe md");
    for l in links {
        assert!(
            md.contains(&format!("]({l})").replace('&', "\\&")),
            "{l} in {md}"
        );
    }
}

#[test]
fn markdown_never_links_javascript() {
    for (i, v) in URLS.iter().chain(MARKUP).enumerate() {
        let mut a = Article::default();
        let text = "Read the report";
        a.body.push(Block::Paragraph {
            text: text.into(),
            marks: vec![Mark::new(
                5,
                15,
                MarkKind::Link {
                    href: v.to_string(),
                },
            )],
        });
        let mut image = Image::default();
        image.url = Some(v.to_string());
        image.alt = Some("](javascript:alert(1))".into());
        a.body.push(Block::Figure { image });
        let md = a.to_markdown();
        check_markdown(&md, &format!("url vector {i} {v:?}"));
    }
}

#[test]
fn markdown_related_lists_never_link_unsafe_urls() {
    // The related lists in Markdown: every URL and markup vector as an
    // item's URL, title, author and the list's label, after a body that
    // ends in a list (the related list must not merge into it).
    for (i, v) in URLS.iter().chain(MARKUP).enumerate() {
        let ctx = format!("related vector {i} {v:?}");
        let mut a = Article::default();
        a.body.push(Block::List {
            ordered: false,
            items: vec!["body item".into()],
        });
        let mut hostile = RelatedItem::new("Hostile teaser");
        hostile.url = Some(v.to_string());
        let mut titled = RelatedItem::new(*v);
        titled.url = Some(v.to_string());
        titled.author = Some(v.to_string());
        let mut safe = RelatedItem::new("Safe teaser");
        safe.url = Some("https://ok.example/teaser".into());
        let mut labelled = RelatedList::default();
        labelled.label = Some(v.to_string());
        labelled.items = vec![hostile.clone(), titled.clone()];
        let mut unlabelled = RelatedList::default();
        unlabelled.items = vec![hostile, titled, safe];
        a.related = vec![unlabelled, labelled];
        let md = a.to_markdown();
        check_markdown(&md, &ctx);
        assert!(
            md.contains("[Safe teaser](https://ok.example/teaser)"),
            "{ctx}: safe link lost:\n{md}"
        );
        // Only the link gate decides: a dropped URL leaves the plain title.
        if newsprint_link_dropped(v) {
            assert!(
                !md.contains("[Hostile teaser]"),
                "{ctx}: unsafe link kept:\n{md}"
            );
        }
    }
}

/// True when the URL's scheme (as a browser reads it) is not one the
/// renderers allow for links.
fn newsprint_link_dropped(url: &str) -> bool {
    browser_scheme(url).is_some_and(|s| !matches!(s.as_str(), "http" | "https" | "mailto"))
}
