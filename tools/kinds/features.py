"""The page-kind features, computed from a signal dump exactly as
`src/page_kind.rs` computes them (keep the two in step: `FEATURES` here
and there list them in the same order, and `fit.py` checks the values
against the ones the library dumps)."""
import math, re
from urllib.parse import urlsplit, unquote

KINDS = ["article", "forum", "product", "collection", "listing", "documentation", "service"]

def _table(name):
    """A word list of src/lexicon/page_kinds.rs, read from the source."""
    import os, re
    here = os.path.dirname(os.path.abspath(__file__))
    src = open(os.path.join(here, "..", "..", "src", "lexicon", "page_kinds.rs")).read()
    m = re.search(r"pub\(crate\) const " + name + r": &\[&str\] =\s*&\[(.*?)\];", src, re.S)
    return re.findall(r'"([^"]*)"', m.group(1))

T = {n: set(_table(n)) for n in [
    "ARTICLE_TYPES", "OG_ARTICLE", "FORUM_TYPES", "QUESTION_TYPES", "FAQ_TYPES",
    "FORUM_PATHS", "PRODUCT_TYPES", "PRODUCT_GROUP_TYPES", "PRODUCT_PATHS",
    "COLLECTION_STRONG_TYPES", "COLLECTION_TYPES", "COLLECTION_PATHS", "LISTING_TYPES",
    "LISTING_PATHS", "DOCUMENTATION_TYPES", "DOCUMENTATION_PATHS", "SERVICE_PATHS",
    "SERVICE_TYPES", "DOCUMENTATION_HOST_PREFIXES", "STORY_PATHS"]}

def url_parts(u):
    if not u:
        return "", []
    p = urlsplit(u)
    host = (p.hostname or "").lower()
    segs = [unquote(s).lower() for s in p.path.split("/") if s]
    return host, segs

def any_segment(segs, words):
    return any(s.split(".")[0] in words for s in segs)

def slug_words(segs):
    if not segs:
        return 0
    return sum(1 for w in segs[-1].replace("_", "-").split("-") if any(c.isalpha() for c in w))

def dated_path(segs):
    return any(len(s) == 4 and s.startswith("20") and s.isdigit() for s in segs)

# The model's features, in the order of `FEATURES` in src/page_kind.rs
# (the rows of `tuning::kind::WEIGHTS`).
FEATURES = [
    "decl_article", "og_article", "decl_forum", "decl_product", "decl_product_group",
    "decl_list", "decl_docs", "decl_service", "dated", "dated_visibly", "authored",
    "home", "dated_path", "slug", "story_path", "section_front", "service_path",
    "listing_path", "forum_path", "product_path", "collection_path", "docs_path",
    "prose", "prose_share", "heading_density", "code", "teasers", "list_body", "posts",
    "thread", "cart", "some_prices", "many_prices", "forms", "cards", "times",
    "link_share", "body_share", "list_share", "title_words", "body_links", "we", "you",
    "heading_links",
    # structure of the page and of the body, URL shape, page labels
    "numeric_id", "query", "page_ext", "plain_last", "repeat_share", "repeat_items",
    "card_headings", "images", "page_tables", "page_code", "li_share", "headings_page",
    "body_many_prices", "out_prices", "body_lists", "question_headings", "short_share",
    "no_body", "controls", "navs", "call_to_action", "more_labels", "grid_controls",
    "docs_labels", "story_labels",
]

PAGE_FILE_ENDS = _table("PAGE_FILE_ENDS")

def cap(n, c):
    return min(n, c) / c

def features(s):
    """Feature name -> value in [0, 1]."""
    host, segs = url_parts(s.get("url"))
    d = set(s["declared"])
    f = {}
    has = lambda n: bool(d & T[n])
    w = s["body_words"]
    p = s["paragraphs"]
    f["decl_article"] = has("ARTICLE_TYPES")
    f["og_article"] = has("OG_ARTICLE")
    f["og_website"] = "og:website" in d
    f["decl_forum"] = has("FORUM_TYPES") or (has("QUESTION_TYPES") and not has("FAQ_TYPES"))
    f["decl_product"] = has("PRODUCT_TYPES") and not has("PRODUCT_GROUP_TYPES")
    f["decl_product_group"] = has("COLLECTION_STRONG_TYPES")
    f["decl_list"] = has("COLLECTION_TYPES") or has("LISTING_TYPES")
    f["decl_docs"] = has("DOCUMENTATION_TYPES")
    f["decl_service"] = has("SERVICE_TYPES")
    f["dated"] = s["dated"]
    f["dated_visibly"] = s["dated_visibly"]
    f["authored"] = s["authored"]
    f["home"] = bool(s.get("url")) and not segs
    sw = slug_words(segs)
    f["dated_path"] = dated_path(segs)
    f["slug"] = min(sw, 8) / 8
    f["story_path"] = any_segment(segs, T["STORY_PATHS"])
    f["section_front"] = bool(segs) and len(segs) <= 2 and all(c.isascii() and c.isalpha() for s2 in segs for c in s2)
    f["service_path"] = any_segment(segs, T["SERVICE_PATHS"])
    f["listing_path"] = any_segment(segs, T["LISTING_PATHS"]) and not (dated_path(segs) or sw >= 4)
    f["forum_path"] = any_segment(segs, T["FORUM_PATHS"])
    f["product_path"] = any_segment(segs, T["PRODUCT_PATHS"])
    f["collection_path"] = any_segment(segs, T["COLLECTION_PATHS"])
    f["docs_path"] = any_segment(segs, T["DOCUMENTATION_PATHS"]) or any(host.startswith(x) for x in T["DOCUMENTATION_HOST_PREFIXES"]) or "readthedocs" in host
    f["prose"] = min(s["long_paragraphs"], 8) / 8
    f["prose_share"] = s["long_paragraphs"] / max(p, 1)
    f["heading_density"] = min(s["body_headings"] * 100 / max(w, 100), 5) / 5
    f["words"] = min(math.log1p(w) / 9, 1)
    f["code"] = min(s["code_blocks"], 4) / 4
    f["teasers"] = min(s["related_items"], 20) / 20
    f["teasers_no_prose"] = s["long_paragraphs"] == 0 and s["related_items"] > 0
    f["list_body"] = s["list_body"]
    f["posts"] = min(s["posts"], 6) / 6
    f["thread"] = s["thread"]
    f["cart"] = s["cart"]
    f["some_prices"] = 1 <= s["prices"] < 8
    f["many_prices"] = min(s["prices"], 30) / 30 if s["prices"] >= 8 else 0
    f["forms"] = min(s["forms"], 4) / 4
    f["cards"] = min(s["articles"], 20) / 20
    f["times"] = min(s["times"], 20) / 20
    f["link_share"] = s["link_text_bytes"] / max(s["text_bytes"], 1)
    f["body_share"] = min(w * 6 / max(s["text_bytes"], 1), 1)
    f["list_share"] = s["body_list_items"] / max(p + s["body_list_items"], 1)
    f["title_words"] = min(s["title_words"], 12) / 12
    f["body_links"] = s["paragraph_link_bytes"] / max(s["paragraph_bytes"], 1)
    f["figures"] = min(s["figures"], 5) / 5
    pw = max(w, 100)
    f["we"] = min(s["we_words"] * 100 / pw, 4) / 4
    f["you"] = min(s["you_words"] * 100 / pw, 4) / 4
    f["heading_links"] = min(s["linked_headings"], 20) / 20
    last = segs[-1] if segs else ""
    f["numeric_id"] = any(re.search(r"[0-9]{4,}", x) and not (len(x) == 4 and x.startswith("20")) for x in segs)
    f["query"] = bool(urlsplit(s["url"]).query) if s.get("url") else False
    f["page_ext"] = any(len(last) > len(e) and last.endswith(e) for e in PAGE_FILE_ENDS)
    f["plain_last"] = bool(segs) and all("a" <= c <= "z" for c in last)
    e = max(s["elements"], 1)
    f["repeat_share"] = min(s["repeated_items"] * 10 / e, 1)
    f["repeat_items"] = cap(s["repeated_items"], 60)
    f["card_headings"] = cap(s["card_headings"], 20)
    f["images"] = cap(s["images"], 40)
    f["page_tables"] = cap(s["tables"], 3)
    f["page_code"] = cap(s["code"], 10)
    f["li_share"] = min(s["list_items"] * 10 / e, 1)
    f["headings_page"] = min(s["headings"] * 1000 / max(s["text_bytes"], 1000), 5) / 5
    bp = s["body_prices"]
    f["body_many_prices"] = cap(bp, 30) if bp >= 8 else 0
    f["out_prices"] = cap(max(s["prices"] - bp, 0), 30)
    f["body_lists"] = cap(s["body_lists"], 6)
    f["question_headings"] = cap(s["question_headings"], 5)
    f["short_share"] = s["short_paragraphs"] / max(p, 1)
    f["no_body"] = w < 50
    f["controls"] = cap(s["controls"], 20)
    f["navs"] = cap(s["navs"], 6)
    for n in ["call_to_action", "more_labels", "grid_controls", "docs_labels", "story_labels"]:
        f[n] = cap(s[n], 5)
    return {k: float(v) for k, v in f.items()}
