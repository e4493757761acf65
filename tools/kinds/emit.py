"""Prints the weight constants of src/tuning/kind.rs from fit.py's
/tmp/kind_weights.json (paste them over the fitted block)."""
import json
DOC = {
    "decl_article": "JSON-LD of an article type",
    "og_article": "`og:type` article (many non-article pages say it too)",
    "decl_forum": "a declared forum or question type",
    "decl_product": "a declared product (not a group of products)",
    "decl_product_group": "a declared group of products (`og:product.group`)",
    "decl_list": "a declared list type (`ItemList`, `CollectionPage`)",
    "decl_docs": "a declared documentation type (`TechArticle`)",
    "decl_service": "a declared business, service, FAQ, about or contact page",
    "dated": "a publication date",
    "dated_visibly": "a publication date in the visible text",
    "authored": "an author",
    "home": "a URL without a path (a home page; no URL is none)",
    "dated_path": "a year in the URL path",
    "slug": "words in the last URL segment, up to `SLUG_WORDS_CAP`, as a share of it",
    "story_path": "a URL segment under which stories are filed (`/blog/`)",
    "section_front": "a short path of plain words (`/news`)",
    "service_path": "a URL segment of a company's own pages (`/services/`)",
    "listing_path": "a URL segment of listings (`/tag/`), the path not a story's",
    "forum_path": "a URL segment of forum threads (`/t/`)",
    "product_path": "a URL segment of product pages (`/p/`)",
    "collection_path": "a URL segment of product collections (`/collections/`)",
    "docs_path": "a URL segment or host of documentation (`/docs/`, `docs.`)",
    "prose": "long paragraphs, up to `PROSE_CAP`, as a share of it",
    "prose_share": "the share of body paragraphs that are long",
    "heading_density": "body headings per 100 words, up to `HEADINGS_PER_100_WORDS_CAP`, as a share of it",
    "code": "code blocks, up to `CODE_CAP`, as a share of it",
    "teasers": "teaser items around the body, up to `TEASERS_CAP`, as a share of it",
    "list_body": "the body is the page's list of teasers",
    "posts": "post containers, up to `POSTS_CAP`, as a share of it",
    "thread": "the body is a thread of posts",
    "cart": "an \"add to cart\" control",
    "some_prices": "a few prices (fewer than `MANY_PRICES`)",
    "many_prices": "at least `MANY_PRICES` prices: their number, up to `PRICES_CAP`, as a share of it",
    "forms": "`<form>`s on the page, up to `FORMS_CAP`, as a share of it (comment and newsletter forms sit under stories)",
    "cards": "`<article>` elements, up to `CARDS_CAP`, as a share of it (a grid of cards)",
    "times": "`<time>` elements, up to `TIMES_CAP`, as a share of it (a dated item each)",
    "link_share": "the share of the page's text that is link text",
    "body_share": "the body's share of the page's text (six bytes a body word, at most one)",
    "list_share": "the share of body list items among body paragraphs and list items",
    "title_words": "title words, up to `TITLE_WORDS_CAP`, as a share of it (headlines are sentences, a company's page titles are names)",
    "body_links": "the share of body paragraph text that is link text",
    "we": "\"we\" and \"our\" per 100 body words, up to `PRONOUNS_PER_100_WORDS_CAP`, as a share of it",
    "you": "\"you\" and \"your\" per 100 body words, up to `PRONOUNS_PER_100_WORDS_CAP`, as a share of it",
    "heading_links": "headings that are links (teaser titles), up to `HEADING_LINKS_CAP`, as a share of it",
}
d = json.load(open("/tmp/kind_weights.json"))
for k, v in d["bias"].items():
    print(f"/// {k.capitalize()}: the points every page starts with.")
    print(f"pub(crate) const {k.upper()}_BIAS: f32 = {v:.2f};")
for feat, ws in d["weights"].items():
    for k, v in ws.items():
        print(f"/// {k.capitalize()}: {DOC[feat]}.")
        print(f"pub(crate) const {k.upper()}_{feat.upper()}: f32 = {v:.2f};")
