//! Translation of the XPath subset used by site configs into CSS selectors.
//!
//! Translated: name tests and `*`; `/` and `//` steps (and the `child::`,
//! `descendant::`, `descendant-or-self::node()`, `following-sibling::` axes);
//! predicates with `@attr` existence, `=`/`!=` against a literal,
//! `contains()`, `starts-with()`, `ends-with()`, `normalize-space(@attr)`,
//! the class-token idiom `contains(concat(' ', normalize-space(@class), ' '),
//! ' x ')`, `and` / `or` / `not()`, relative paths (`[.//p]` → `:has(p)`),
//! positions (`[1]`, `[last()]`, `[position() < 3]`); unions `|`; a
//! parenthesised `(…)[1]` (first match only); terminal `@attr` and `text()`
//! steps (read the attribute / the text).
//!
//! Everything else (text-content tests, other axes, arithmetic, functions
//! such as `translate()`) is refused with a reason.

/// What to read from a matched element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    /// Its text.
    Text,
    /// The value of this attribute.
    Attr(String),
}

/// One translated alternative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Css {
    pub selector: String,
    pub target: Target,
    /// Only the first match in document order (`(…)[1]`).
    pub first_only: bool,
    /// Keep only the text after this marker (`substring-after(…, 'x')`).
    pub after: Option<String>,
    /// Keep only the text before this marker (`substring-before(…, 'x')`).
    pub before: Option<String>,
}

/// Translates an XPath expression into CSS alternatives (one per union
/// member with its own target), or says why it cannot.
pub(crate) fn to_css(xpath: &str) -> Result<Vec<Css>, String> {
    let tokens = tokenize(xpath)?;
    if tokens.is_empty() {
        return Err("empty expression".into());
    }
    let mut p = P {
        t: tokens,
        i: 0,
        depth: 0,
    };
    let mut out: Vec<Css> = Vec::new();
    loop {
        let alt = p.top_path()?;
        match out.last_mut() {
            Some(last)
                if last.target == alt.target
                    && !last.first_only
                    && !alt.first_only
                    && last.after == alt.after
                    && last.before == alt.before =>
            {
                last.selector.push_str(", ");
                last.selector.push_str(&alt.selector);
            }
            _ => out.push(alt),
        }
        if !p.eat(&Tok::Pipe) {
            break;
        }
    }
    if p.i < p.t.len() {
        return Err(format!("unexpected {}", p.t[p.i].describe()));
    }
    Ok(out)
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Slash,
    DSlash,
    Pipe,
    LBrack,
    RBrack,
    LParen,
    RParen,
    At,
    Comma,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Star,
    Dot,
    DDot,
    Axis(String),
    Name(String),
    Lit(String),
    Num(f64),
    Other(char),
}

impl Tok {
    fn describe(&self) -> String {
        match self {
            Tok::Name(n) => format!("`{n}`"),
            Tok::Lit(l) => format!("'{l}'"),
            Tok::Num(n) => format!("{n}"),
            Tok::Axis(a) => format!("`{a}::`"),
            Tok::Other(c) => format!("`{c}`"),
            t => format!("{t:?}"),
        }
    }
}

fn tokenize(s: &str) -> Result<Vec<Tok>, String> {
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        let next = cs.get(i + 1).copied();
        match c {
            c if c.is_whitespace() => i += 1,
            '/' if next == Some('/') => {
                out.push(Tok::DSlash);
                i += 2;
            }
            '/' => {
                out.push(Tok::Slash);
                i += 1;
            }
            '|' => {
                out.push(Tok::Pipe);
                i += 1;
            }
            '[' => {
                out.push(Tok::LBrack);
                i += 1;
            }
            ']' => {
                out.push(Tok::RBrack);
                i += 1;
            }
            '(' => {
                out.push(Tok::LParen);
                i += 1;
            }
            ')' => {
                out.push(Tok::RParen);
                i += 1;
            }
            '@' => {
                out.push(Tok::At);
                i += 1;
            }
            ',' => {
                out.push(Tok::Comma);
                i += 1;
            }
            '=' => {
                out.push(Tok::Eq);
                i += 1;
            }
            '!' if next == Some('=') => {
                out.push(Tok::Ne);
                i += 2;
            }
            '<' if next == Some('=') => {
                out.push(Tok::Le);
                i += 2;
            }
            '<' => {
                out.push(Tok::Lt);
                i += 1;
            }
            '>' if next == Some('=') => {
                out.push(Tok::Ge);
                i += 2;
            }
            '>' => {
                out.push(Tok::Gt);
                i += 1;
            }
            '*' => {
                out.push(Tok::Star);
                i += 1;
            }
            '.' if next == Some('.') => {
                out.push(Tok::DDot);
                i += 2;
            }
            '.' if !next.is_some_and(|n| n.is_ascii_digit()) => {
                out.push(Tok::Dot);
                i += 1;
            }
            '\'' | '"' => {
                let end = cs[i + 1..]
                    .iter()
                    .position(|&x| x == c)
                    .ok_or("unterminated string literal")?;
                out.push(Tok::Lit(cs[i + 1..i + 1 + end].iter().collect()));
                i += end + 2;
            }
            c if c.is_ascii_digit() || c == '.' => {
                let start = i;
                while i < cs.len() && (cs[i].is_ascii_digit() || cs[i] == '.') {
                    i += 1;
                }
                let n: String = cs[start..i].iter().collect();
                out.push(Tok::Num(n.parse().map_err(|_| format!("bad number {n}"))?));
            }
            c if c.is_alphabetic() || c == '_' => {
                let start = i;
                while i < cs.len() && (cs[i].is_alphanumeric() || matches!(cs[i], '_' | '-' | '.'))
                {
                    i += 1;
                }
                // A namespace prefix `a:b` (but not an axis `a::`).
                if i + 1 < cs.len()
                    && cs[i] == ':'
                    && cs[i + 1] != ':'
                    && (cs[i + 1].is_alphabetic() || cs[i + 1] == '*')
                {
                    i += 1;
                    while i < cs.len()
                        && (cs[i].is_alphanumeric() || matches!(cs[i], '_' | '-' | '.' | '*'))
                    {
                        i += 1;
                    }
                }
                let name: String = cs[start..i].iter().collect();
                let mut j = i;
                while j < cs.len() && cs[j].is_whitespace() {
                    j += 1;
                }
                if cs.get(j) == Some(&':') && cs.get(j + 1) == Some(&':') {
                    out.push(Tok::Axis(name));
                    i = j + 2;
                } else {
                    out.push(Tok::Name(name));
                }
            }
            c => {
                out.push(Tok::Other(c));
                i += 1;
            }
        }
    }
    Ok(out)
}

/// Deepest nesting of predicates and parentheses accepted.
const MAX_DEPTH: usize = 32;

struct P {
    t: Vec<Tok>,
    i: usize,
    depth: usize,
}

/// The axis a step is taken on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StepAxis {
    Down,
    Sibling,
    Parent,
    Ancestor,
}

/// A predicate, translated.
enum Pred {
    /// A compound-selector fragment that filters the element.
    Filter(String),
    /// A position among the siblings that pass the filters before it.
    Pos(Position),
}

enum Position {
    Nth(u32),
    Last,
    /// `position() < n` and friends: the first `n` siblings.
    FirstN(u32),
}

/// An operand in a predicate.
enum Val {
    Attr(String),
    Lit(String),
    Num(f64),
    /// `concat(' ', normalize-space(@a), ' ')` or `concat(' ', @a, ' ')`.
    PaddedAttr(String),
    /// `normalize-space(@a)`.
    NormAttr(String),
    Position,
    Last,
    /// A boolean already translated.
    Bool(Pred),
}

impl P {
    fn peek(&self) -> Option<&Tok> {
        self.t.get(self.i)
    }

    fn eat(&mut self, t: &Tok) -> bool {
        if self.peek() == Some(t) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, t: &Tok) -> Result<(), String> {
        if self.eat(t) {
            Ok(())
        } else {
            Err(match self.peek() {
                Some(x) => format!("expected {t:?}, found {}", x.describe()),
                None => format!("expected {t:?} at end"),
            })
        }
    }

    fn enter(&mut self) -> Result<(), String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err("expression nests too deeply".into());
        }
        Ok(())
    }

    /// A top-level path, possibly parenthesised with a `[1]` filter, or
    /// wrapped in a string function that only trims the text.
    fn top_path(&mut self) -> Result<Css, String> {
        if let Some(Tok::Name(f)) = self.peek().cloned()
            && self.t.get(self.i + 1) == Some(&Tok::LParen)
            && matches!(
                f.as_str(),
                "substring-after" | "substring-before" | "normalize-space" | "string"
            )
        {
            self.i += 2;
            self.enter()?;
            let mut inner = self.top_path()?;
            self.depth -= 1;
            if f.starts_with("substring") {
                self.expect(&Tok::Comma)?;
                let Some(Tok::Lit(lit)) = self.peek().cloned() else {
                    return Err(format!("{f}() with a non-literal marker"));
                };
                self.i += 1;
                if f == "substring-after" {
                    if inner.after.is_some() || inner.before.is_some() {
                        return Err("nested substring-after()".into());
                    }
                    inner.after = Some(lit);
                } else {
                    if inner.before.is_some() {
                        return Err("nested substring-before()".into());
                    }
                    inner.before = Some(lit);
                }
            }
            self.expect(&Tok::RParen)?;
            return Ok(inner);
        }
        if self.eat(&Tok::LParen) {
            self.enter()?;
            let inner = self.path(false)?;
            self.expect(&Tok::RParen)?;
            self.depth -= 1;
            let mut first_only = false;
            while self.eat(&Tok::LBrack) {
                match (self.peek().cloned(), self.t.get(self.i + 1)) {
                    (Some(Tok::Num(1.0)), Some(Tok::RBrack)) => {
                        self.i += 2;
                        first_only = true;
                    }
                    _ => return Err("only [1] is supported after a parenthesised path".into()),
                }
            }
            if let Some(Tok::Slash | Tok::DSlash) = self.peek() {
                return Err("steps after a parenthesised path".into());
            }
            return Ok(Css {
                first_only,
                ..inner
            });
        }
        self.path(false)
    }

    /// A location path. `relative` paths are inside predicates (their CSS is
    /// relative to the context element, for `:has()`).
    fn path(&mut self, relative: bool) -> Result<Css, String> {
        let mut css = String::new();
        let mut target = Target::Text;
        // Combinator before the next step.
        let mut comb: &str;
        match self.peek() {
            Some(Tok::DSlash) => {
                self.i += 1;
                if relative {
                    return Err("absolute path inside a predicate".into());
                }
                comb = "";
            }
            Some(Tok::Slash) => {
                self.i += 1;
                if relative {
                    return Err("absolute path inside a predicate".into());
                }
                comb = "ROOT";
            }
            Some(Tok::Dot) if relative => {
                self.i += 1;
                match self.peek() {
                    Some(Tok::DSlash) => {
                        self.i += 1;
                        comb = "";
                    }
                    Some(Tok::Slash) => {
                        self.i += 1;
                        comb = "> ";
                    }
                    _ => return Err("`.` as a value (text-content test)".into()),
                }
            }
            Some(Tok::Dot) => {
                // `.//x` at top level: the document is the context.
                self.i += 1;
                match self.peek() {
                    Some(Tok::DSlash) => {
                        self.i += 1;
                        comb = "";
                    }
                    _ => return Err("`.` at top level".into()),
                }
            }
            _ => comb = if relative { "> " } else { "" },
        }
        let mut steps = 0;
        loop {
            // Terminal steps.
            if self.eat(&Tok::At) {
                let name = self.name()?;
                if relative {
                    return Err("attribute step inside a predicate path".into());
                }
                if steps == 0 {
                    return Err("attribute without an element step".into());
                }
                target = Target::Attr(name);
                break;
            }
            if let Some(Tok::Name(n)) = self.peek()
                && n == "text"
                && self.t.get(self.i + 1) == Some(&Tok::LParen)
            {
                self.i += 2;
                self.expect(&Tok::RParen)?;
                if relative || steps == 0 {
                    return Err("text() as a node test".into());
                }
                target = Target::Text;
                break;
            }
            let mut adjacent = false;
            let axis = if comb == "~ " {
                StepAxis::Sibling
            } else {
                StepAxis::Down
            };
            let step = self.step(axis, &mut adjacent)?;
            let comb_now = if adjacent { "+ " } else { comb };
            if steps == 0 {
                if comb_now == "ROOT" {
                    css = format!("{step}:root");
                } else if relative && !comb_now.is_empty() {
                    css = format!("{comb_now}{step}");
                } else {
                    css = step;
                }
            } else {
                css.push(' ');
                css.push_str(comb_now);
                css.push_str(&step);
            }
            steps += 1;
            comb = match self.peek() {
                Some(Tok::Slash) => "> ",
                Some(Tok::DSlash) => "",
                _ => break,
            };
            self.i += 1;
            // Upward steps: `P/parent::C` is a C with a child matching P,
            // `P/ancestor::C` a C with such a descendant.
            let mut upward;
            loop {
                let up = match self.peek() {
                    Some(Tok::Axis(a)) if a == "parent" || a == "ancestor" => {
                        upward = if a == "parent" {
                            StepAxis::Parent
                        } else {
                            StepAxis::Ancestor
                        };
                        let parent = a == "parent";
                        self.i += 1;
                        parent
                    }
                    Some(Tok::DDot) => {
                        upward = StepAxis::Parent;
                        self.i += 1;
                        if self.peek() == Some(&Tok::LBrack) {
                            return Err("predicate on `..`".into());
                        }
                        true
                    }
                    _ => break,
                };
                if relative {
                    return Err("upward step inside a predicate".into());
                }
                if comb != "> " {
                    return Err("upward axis after `//`".into());
                }
                let c = if self.t.get(self.i.wrapping_sub(1)) == Some(&Tok::DDot) {
                    "*".to_string()
                } else {
                    let mut adj = false;
                    self.step(upward, &mut adj)?
                };
                let scope = if up { "> " } else { "" };
                css = format!("{c}:has({scope}:is({css}))");
                comb = match self.peek() {
                    Some(Tok::Slash) => "> ",
                    Some(Tok::DSlash) => "",
                    _ => {
                        comb = "END";
                        break;
                    }
                };
                self.i += 1;
            }
            if comb == "END" {
                break;
            }
            // `//` then the axes written out.
            if let Some(Tok::Axis(a)) = self.peek() {
                match a.as_str() {
                    "following-sibling" if comb == "> " => {
                        comb = "~ ";
                    }
                    "descendant" if comb == "> " => comb = "",
                    "child" => {}
                    "descendant-or-self"
                        if self.t.get(self.i + 1) == Some(&Tok::Name("node".into())) =>
                    {
                        // `descendant-or-self::node()/x` is `//x`.
                        self.i += 4;
                        if !self.eat(&Tok::Slash) {
                            return Err("descendant-or-self::node() must be followed by /".into());
                        }
                        comb = "";
                        continue;
                    }
                    other => return Err(format!("axis `{other}::` has no CSS equivalent")),
                }
                self.i += 1;
            }
        }
        if steps == 0 {
            return Err("no element step".into());
        }
        Ok(Css {
            selector: css,
            target,
            first_only: false,
            after: None,
            before: None,
        })
    }

    fn name(&mut self) -> Result<String, String> {
        match self.peek().cloned() {
            Some(Tok::Name(n)) => {
                self.i += 1;
                if n.contains(':') {
                    return Err(format!("namespaced name `{n}`"));
                }
                Ok(n.to_ascii_lowercase())
            }
            Some(Tok::Star) => {
                self.i += 1;
                Ok("*".into())
            }
            Some(t) => Err(format!("expected a name, found {}", t.describe())),
            None => Err("expected a name at end".into()),
        }
    }

    /// One step: axis-free name test plus predicates.
    fn step(&mut self, axis: StepAxis, adjacent: &mut bool) -> Result<String, String> {
        if let Some(Tok::Axis(a)) = self.peek() {
            match a.as_str() {
                "child" | "descendant" if axis == StepAxis::Down => self.i += 1,
                "self" => return Err("self:: axis".into()),
                other => return Err(format!("axis `{other}::` has no CSS equivalent")),
            }
        }
        if self.peek() == Some(&Tok::DDot) {
            return Err("parent step `..` has no CSS equivalent".into());
        }
        if self.peek() == Some(&Tok::Dot) {
            return Err("`.` step".into());
        }
        let mut name = self.name()?;
        if name == "node" && self.peek() == Some(&Tok::LParen) {
            self.i += 1;
            self.expect(&Tok::RParen)?;
            name = "*".into();
        }
        if self.peek() == Some(&Tok::LParen) {
            return Err(format!("function `{name}()` as a step"));
        }
        let mut filters = String::new();
        let mut out = String::new();
        while self.eat(&Tok::LBrack) {
            self.enter()?;
            let pred = self.or_expr()?;
            self.expect(&Tok::RBrack)?;
            self.depth -= 1;
            match pred {
                Pred::Filter(f) => filters.push_str(&f),
                // The parent is the only one: `parent::x[1]` is `parent::x`.
                Pred::Pos(Position::Nth(1)) if axis == StepAxis::Parent => continue,
                Pred::Pos(_) if matches!(axis, StepAxis::Parent | StepAxis::Ancestor) => {
                    return Err("position on an upward axis".into());
                }
                Pred::Pos(pos) if axis == StepAxis::Sibling => {
                    if matches!(pos, Position::Nth(1)) && filters.is_empty() && name == "*" {
                        *adjacent = true;
                        continue;
                    }
                    return Err("position on the following-sibling axis".into());
                }
                Pred::Pos(pos) => {
                    let of = if filters.is_empty() {
                        None
                    } else {
                        Some(format!("{name}{filters}"))
                    };
                    let head = if name == "*" { "" } else { &name };
                    let pc = match (&pos, &of, name == "*") {
                        (Position::Nth(n), None, false) => format!(":nth-of-type({n})"),
                        (Position::Nth(n), None, true) => format!(":nth-child({n})"),
                        (Position::Nth(n), Some(of), _) => format!(":nth-child({n} of {of})"),
                        (Position::Last, None, false) => ":last-of-type".into(),
                        (Position::Last, None, true) => ":last-child".into(),
                        (Position::Last, Some(of), _) => format!(":nth-last-child(1 of {of})"),
                        (Position::FirstN(n), None, false) => format!(":nth-of-type(-n+{n})"),
                        (Position::FirstN(n), None, true) => format!(":nth-child(-n+{n})"),
                        (Position::FirstN(n), Some(of), _) => {
                            format!(":nth-child(-n+{n} of {of})")
                        }
                    };
                    out = format!("{head}{filters}{pc}");
                    filters.clear();
                    // Later filters apply on top of the positioned element.
                    name = if out.is_empty() {
                        "*".into()
                    } else {
                        out.clone()
                    };
                    continue;
                }
            }
        }
        if !out.is_empty() {
            return Ok(format!("{out}{filters}"));
        }
        Ok(format!("{name}{filters}"))
    }

    fn or_expr(&mut self) -> Result<Pred, String> {
        let first = self.and_expr()?;
        let mut alts = vec![];
        while self.peek() == Some(&Tok::Name("or".into())) {
            self.i += 1;
            alts.push(self.and_expr()?);
        }
        if alts.is_empty() {
            return Ok(first);
        }
        let mut parts = Vec::new();
        for p in std::iter::once(first).chain(alts) {
            match p {
                Pred::Filter(f) => parts.push(f),
                Pred::Pos(_) => return Err("position inside `or`".into()),
            }
        }
        Ok(Pred::Filter(format!(":is({})", parts.join(", "))))
    }

    fn and_expr(&mut self) -> Result<Pred, String> {
        let first = self.cmp_expr()?;
        let mut more = vec![];
        while self.peek() == Some(&Tok::Name("and".into())) {
            self.i += 1;
            more.push(self.cmp_expr()?);
        }
        if more.is_empty() {
            return Ok(first);
        }
        let mut s = String::new();
        for p in std::iter::once(first).chain(more) {
            match p {
                Pred::Filter(f) => s.push_str(&f),
                Pred::Pos(_) => return Err("position inside `and`".into()),
            }
        }
        Ok(Pred::Filter(s))
    }

    fn cmp_expr(&mut self) -> Result<Pred, String> {
        let left = self.operand()?;
        let op = match self.peek() {
            Some(t @ (Tok::Eq | Tok::Ne | Tok::Lt | Tok::Le | Tok::Gt | Tok::Ge)) => t.clone(),
            _ => return to_bool(left),
        };
        self.i += 1;
        let right = self.operand()?;
        compare(left, op, right)
    }

    fn operand(&mut self) -> Result<Val, String> {
        self.enter()?;
        let v = self.operand_inner();
        self.depth -= 1;
        v
    }

    fn operand_inner(&mut self) -> Result<Val, String> {
        match self.peek().cloned() {
            Some(Tok::At) => {
                self.i += 1;
                Ok(Val::Attr(self.name()?))
            }
            Some(Tok::Lit(l)) => {
                self.i += 1;
                Ok(Val::Lit(l))
            }
            Some(Tok::Num(n)) => {
                self.i += 1;
                Ok(Val::Num(n))
            }
            Some(Tok::LParen) => {
                self.i += 1;
                let p = self.or_expr()?;
                self.expect(&Tok::RParen)?;
                Ok(Val::Bool(p))
            }
            Some(Tok::Name(n)) if self.t.get(self.i + 1) == Some(&Tok::LParen) => {
                self.i += 2;
                self.call(&n)
            }
            Some(Tok::Dot) if !matches!(self.t.get(self.i + 1), Some(Tok::Slash | Tok::DSlash)) => {
                Err("text-content test on `.`".into())
            }
            Some(Tok::Axis(a)) if a == "self" => {
                self.i += 1;
                let n = self.name()?;
                if n == "node" {
                    return Err("self::node()".into());
                }
                Ok(Val::Bool(Pred::Filter(format!(":is({n})"))))
            }
            Some(Tok::Name(_) | Tok::Star | Tok::Dot | Tok::Axis(_)) => {
                let p = self.path(true)?;
                if p.target != Target::Text {
                    return Err("attribute of a sub-path".into());
                }
                Ok(Val::Bool(Pred::Filter(format!(":has({})", p.selector))))
            }
            Some(t) => Err(format!("unexpected {} in a predicate", t.describe())),
            None => Err("predicate ends early".into()),
        }
    }

    fn args(&mut self) -> Result<Vec<Val>, String> {
        let mut out = Vec::new();
        if self.eat(&Tok::RParen) {
            return Ok(out);
        }
        loop {
            // Arguments may be full boolean expressions (`not(a or b)`).
            let p = self.or_expr_val()?;
            out.push(p);
            if self.eat(&Tok::Comma) {
                continue;
            }
            self.expect(&Tok::RParen)?;
            return Ok(out);
        }
    }

    /// An argument: a plain operand when no operator follows, else the
    /// boolean expression.
    fn or_expr_val(&mut self) -> Result<Val, String> {
        let start = self.i;
        let v = self.operand()?;
        match self.peek() {
            Some(Tok::Comma | Tok::RParen) => Ok(v),
            _ => {
                self.i = start;
                Ok(Val::Bool(self.or_expr()?))
            }
        }
    }

    fn call(&mut self, f: &str) -> Result<Val, String> {
        let args = self.args()?;
        let mut it = args.into_iter();
        let (a, b) = (it.next(), it.next());
        match (f, a, b) {
            ("not", Some(v), None) => match to_bool(v)? {
                Pred::Filter(s) => Ok(Val::Bool(Pred::Filter(format!(":not({s})")))),
                Pred::Pos(_) => Err("not() of a position".into()),
            },
            ("contains", Some(Val::Attr(a)), Some(Val::Lit(l))) => {
                Ok(Val::Bool(Pred::Filter(if l.is_empty() {
                    format!("[{a}]")
                } else {
                    format!("[{a}*={}]", quote(&l))
                })))
            }
            ("contains", Some(Val::NormAttr(a)), Some(Val::Lit(l))) => {
                let l = l.trim();
                Ok(Val::Bool(Pred::Filter(if l.is_empty() {
                    format!("[{a}]")
                } else {
                    format!("[{a}*={}]", quote(l))
                })))
            }
            ("contains", Some(Val::PaddedAttr(a)), Some(Val::Lit(l))) => {
                let tok = l.trim();
                if tok.is_empty() || tok.contains(char::is_whitespace) {
                    return Err("class-token test with an empty or multi-word token".into());
                }
                if l.starts_with(' ') && l.ends_with(' ') {
                    Ok(Val::Bool(Pred::Filter(if a == "class" {
                        format!(".{}", ident(tok))
                    } else {
                        format!("[{a}~={}]", quote(tok))
                    })))
                } else {
                    Err("partial token test on a padded attribute".into())
                }
            }
            ("starts-with", Some(Val::Attr(a) | Val::NormAttr(a)), Some(Val::Lit(l))) => {
                Ok(Val::Bool(Pred::Filter(format!("[{a}^={}]", quote(&l)))))
            }
            ("ends-with", Some(Val::Attr(a) | Val::NormAttr(a)), Some(Val::Lit(l))) => {
                Ok(Val::Bool(Pred::Filter(format!("[{a}$={}]", quote(&l)))))
            }
            ("normalize-space", Some(Val::Attr(a)), None) => Ok(Val::NormAttr(a)),
            ("concat", Some(Val::Lit(l)), Some(Val::Attr(a) | Val::NormAttr(a))) if l == " " => {
                match it.next() {
                    Some(Val::Lit(r)) if r == " " && it.next().is_none() => Ok(Val::PaddedAttr(a)),
                    _ => Err("concat() other than the class-token idiom".into()),
                }
            }
            ("position", None, None) => Ok(Val::Position),
            ("last", None, None) => Ok(Val::Last),
            ("boolean", Some(v), None) => Ok(Val::Bool(to_bool(v)?)),
            (f, ..) => Err(format!("function `{f}()` is not translatable")),
        }
    }
}

fn to_bool(v: Val) -> Result<Pred, String> {
    match v {
        Val::Attr(a) | Val::NormAttr(a) => Ok(Pred::Filter(format!("[{a}]"))),
        Val::Bool(p) => Ok(p),
        Val::Num(n) if n >= 1.0 && n.fract() == 0.0 && n < 10_000.0 => {
            Ok(Pred::Pos(Position::Nth(n as u32)))
        }
        Val::Last => Ok(Pred::Pos(Position::Last)),
        Val::Num(_) => Err("position out of range".into()),
        Val::Lit(_) => Err("string literal as a test".into()),
        Val::PaddedAttr(_) => Err("concat() as a test".into()),
        Val::Position => Err("position() as a test".into()),
    }
}

fn compare(left: Val, op: Tok, right: Val) -> Result<Pred, String> {
    // Put the attribute (or position) on the left.
    let (l, op, r) = match (&left, &right) {
        (Val::Lit(_) | Val::Num(_), Val::Attr(_) | Val::NormAttr(_) | Val::Position) => {
            let flipped = match op {
                Tok::Lt => Tok::Gt,
                Tok::Gt => Tok::Lt,
                Tok::Le => Tok::Ge,
                Tok::Ge => Tok::Le,
                o => o,
            };
            (right, flipped, left)
        }
        _ => (left, op, right),
    };
    match (l, op, r) {
        (Val::Attr(a) | Val::NormAttr(a), Tok::Eq, Val::Lit(v)) => {
            Ok(Pred::Filter(format!("[{a}={}]", quote(&v))))
        }
        (Val::Attr(a) | Val::NormAttr(a), Tok::Ne, Val::Lit(v)) => {
            Ok(Pred::Filter(format!("[{a}]:not([{a}={}])", quote(&v))))
        }
        (Val::Position, Tok::Eq, Val::Num(n)) if n >= 1.0 && n.fract() == 0.0 => {
            Ok(Pred::Pos(Position::Nth(n as u32)))
        }
        (Val::Position, Tok::Lt, Val::Num(n)) if n >= 2.0 && n.fract() == 0.0 => {
            Ok(Pred::Pos(Position::FirstN(n as u32 - 1)))
        }
        (Val::Position, Tok::Le, Val::Num(n)) if n >= 1.0 && n.fract() == 0.0 => {
            Ok(Pred::Pos(Position::FirstN(n as u32)))
        }
        (Val::Position, Tok::Eq, Val::Last) => Ok(Pred::Pos(Position::Last)),
        _ => {
            Err("comparison not translatable (only @attr against a literal, or position())".into())
        }
    }
}

fn quote(s: &str) -> String {
    let mut out = String::new();
    let _ = cssparser::serialize_string(s, &mut out);
    out
}

fn ident(s: &str) -> String {
    let mut out = String::new();
    let _ = cssparser::serialize_identifier(s, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(x: &str) -> String {
        let v = to_css(x).unwrap_or_else(|e| panic!("{x}: {e}"));
        assert_eq!(v.len(), 1, "{x}");
        assert_eq!(v[0].target, Target::Text, "{x}");
        v[0].selector.clone()
    }

    #[test]
    fn steps_and_names() {
        assert_eq!(one("//article"), "article");
        assert_eq!(one("//div//p"), "div p");
        assert_eq!(one("//div/p"), "div > p");
        assert_eq!(one("//*[@id='main']"), "*[id=\"main\"]");
        assert_eq!(one("/html/body/div"), "html:root > body > div");
        assert_eq!(one("//H1"), "h1");
        assert_eq!(one("//h1/following-sibling::p"), "h1 ~ p");
        assert_eq!(one("//div/descendant::p"), "div p");
        assert_eq!(one(".//div"), "div");
    }

    #[test]
    fn attribute_tests() {
        assert_eq!(one("//div[@class='a b']"), "div[class=\"a b\"]");
        assert_eq!(one("//div[contains(@class, 'x')]"), "div[class*=\"x\"]");
        assert_eq!(one("//div[starts-with(@id,'post-')]"), "div[id^=\"post-\"]");
        assert_eq!(one("//img[@data-src]"), "img[data-src]");
        assert_eq!(one("//div[@id!='x']"), "div[id]:not([id=\"x\"])");
        assert_eq!(
            one("//div[contains(concat(' ',normalize-space(@class),' '),' story ')]"),
            "div.story"
        );
        assert_eq!(
            one("//div[contains(concat(\" \", @class, \" \"), \" a-b \")]"),
            "div.a-b"
        );
    }

    #[test]
    fn boolean_logic() {
        assert_eq!(
            one("//div[contains(@class,'a') and not(contains(@class,'b'))]"),
            "div[class*=\"a\"]:not([class*=\"b\"])"
        );
        assert_eq!(
            one("//div[@id='a' or @id='b']"),
            "div:is([id=\"a\"], [id=\"b\"])"
        );
        assert_eq!(one("//div[not(@id)]"), "div:not([id])");
        assert_eq!(one("//div[(@a or @b) and @c]"), "div:is([a], [b])[c]");
    }

    #[test]
    fn positions_and_paths_in_predicates() {
        assert_eq!(one("//div[1]"), "div:nth-of-type(1)");
        assert_eq!(one("//*[2]"), ":nth-child(2)");
        assert_eq!(
            one("//div[@class='x'][1]"),
            "div[class=\"x\"]:nth-child(1 of div[class=\"x\"])"
        );
        assert_eq!(one("//p[last()]"), "p:last-of-type");
        assert_eq!(one("//li[position() < 3]"), "li:nth-of-type(-n+2)");
        assert_eq!(one("//div[.//h1]"), "div:has(h1)");
        assert_eq!(one("//div[h1]"), "div:has(> h1)");
        assert_eq!(one("//div[./p/a]"), "div:has(> p > a)");
        let v = to_css("(//div[@class='body'])[1]").unwrap();
        assert!(v[0].first_only);
        assert_eq!(v[0].selector, "div[class=\"body\"]");
    }

    #[test]
    fn terminals_and_unions() {
        let v = to_css("//meta[@property='og:title']/@content").unwrap();
        assert_eq!(v[0].selector, "meta[property=\"og:title\"]");
        assert_eq!(v[0].target, Target::Attr("content".into()));
        let v = to_css("//span[@class='a']/text()").unwrap();
        assert_eq!(v[0].target, Target::Text);
        assert_eq!(one("//h1 | //h2[@class='t']"), "h1, h2[class=\"t\"]");
        let v = to_css("//meta[@name='author']/@content | //a[@rel='author']").unwrap();
        assert_eq!(v.len(), 2);
    }

    #[test]
    fn upward_steps() {
        assert_eq!(
            one("//p[@class='x']/parent::div"),
            "div:has(> :is(p[class=\"x\"]))"
        );
        assert_eq!(one("//img/ancestor::figure"), "figure:has(:is(img))");
        assert_eq!(one("//span/../a"), "*:has(> :is(span)) > a");
        let doc = crate::Document::parse(
            "<figure><div><img></div></figure><div><p class=x>a</p></div><section><p>b</p></section>",
        )
        .unwrap();
        for (x, n, tag) in [
            ("//p[@class='x']/parent::div", 1, "div"),
            ("//img/ancestor::figure", 1, "figure"),
            ("//p/parent::*", 2, "div"),
        ] {
            let sel = crate::Selector::parse(&one(x)).unwrap();
            let hits = doc.select(&sel);
            assert_eq!(hits.len(), n, "{x}");
            assert_eq!(doc.tag_name(hits[0]), Some(tag), "{x}");
        }
    }

    #[test]
    fn string_functions_trim_the_text() {
        let v = to_css("substring-after(//p[@class='by'], 'By ')").unwrap();
        assert_eq!(v[0].selector, "p[class=\"by\"]");
        assert_eq!(v[0].after.as_deref(), Some("By "));
        let v = to_css("substring-before(substring-after(//p/text(), 'on '), ' at')").unwrap();
        assert_eq!(v[0].after.as_deref(), Some("on "));
        assert_eq!(v[0].before.as_deref(), Some(" at"));
        assert_eq!(one("normalize-space(//h1)"), "h1");
        assert_eq!(
            one("//div[self::div or self::section]"),
            "div:is(:is(div), :is(section))"
        );
    }

    #[test]
    fn refusals_have_reasons() {
        for x in [
            "//div[contains(text(), 'x')]",
            "//p[.='x']",
            "//div//..",
            "//div/..[1]",
            "//div[.//p/ancestor::article]",
            "//section/ancestor::div[1]",
            "//div[translate(@class,'A','a')='x']",
            "//p[string-length(.) > 10]",
            "substring-after(//p, @x)",
            "",
            "//div[",
            "//div[@id='x'",
            "//*[@xml:lang]",
            "'just a string'",
        ] {
            let e = to_css(x);
            assert!(e.is_err(), "{x:?} -> {e:?}");
            assert!(!e.unwrap_err().is_empty());
        }
    }

    #[test]
    fn translations_compile() {
        for x in [
            "//div[contains(concat(' ',normalize-space(@class),' '),' story ')]//p[1]",
            "//div[@class='x'][1]",
            "//div[.//h1 and not(@id)]",
            "//li[position() <= 3]",
            "//*[@id='a' or contains(@class,'b')]/following-sibling::div",
        ] {
            for c in to_css(x).unwrap() {
                crate::Selector::parse(&c.selector)
                    .unwrap_or_else(|e| panic!("{x} -> {}: {e}", c.selector));
            }
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let x = format!("//div[{}@a{}]", "(".repeat(10_000), ")".repeat(10_000));
        assert!(to_css(&x).is_err());
        let x = format!("//div{}", "[not(@a)]".repeat(5_000));
        assert!(to_css(&x).is_ok() || to_css(&x).is_err());
    }
}
