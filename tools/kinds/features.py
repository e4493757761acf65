"""The page-kind features, computed from a signal dump exactly as
`src/page_kind.rs` computes them (keep the two in step)."""
import math
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
    return {k: float(v) for k, v in f.items()}
