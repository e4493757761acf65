//! XPath predicates (`[...]`): `or` / `and` / comparisons, operands and
//! the function calls that have a CSS equivalent, read into [`Pred`] and
//! [`Val`] for the step being written out.

use super::*;

/// Length of a predicate's CSS (0 for a position).
fn pred_len(p: &Pred) -> usize {
    match p {
        Pred::Filter(f) => f.len(),
        Pred::Pos(_) => 0,
    }
}

/// The reason given when `and` / `or` operands add up past the cap.
fn too_long() -> String {
    format!("the CSS translation would be longer than {MAX_SELECTOR_LEN} bytes")
}

impl Parser {
    pub(super) fn or_expr(&mut self) -> Result<Pred, String> {
        self.or_expr_from(None)
    }

    /// `or_expr` whose first operand, when given, has already been read
    /// (each token is read once: no backtracking, so the cost stays linear
    /// however deep the nesting).
    fn or_expr_from(&mut self, first: Option<Val>) -> Result<Pred, String> {
        let first = self.and_expr_from(first)?;
        let mut len = pred_len(&first);
        let mut alts = vec![];
        while self.peek() == Some(&Tok::Name("or".into())) {
            self.pos += 1;
            let alt = self.and_expr_from(None)?;
            len += pred_len(&alt);
            if len > MAX_SELECTOR_LEN {
                return Err(too_long());
            }
            alts.push(alt);
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

    fn and_expr_from(&mut self, first: Option<Val>) -> Result<Pred, String> {
        let first = self.cmp_expr_from(first)?;
        let mut len = pred_len(&first);
        let mut more = vec![];
        while self.peek() == Some(&Tok::Name("and".into())) {
            self.pos += 1;
            let next = self.cmp_expr_from(None)?;
            len += pred_len(&next);
            if len > MAX_SELECTOR_LEN {
                return Err(too_long());
            }
            more.push(next);
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

    fn cmp_expr_from(&mut self, left: Option<Val>) -> Result<Pred, String> {
        let left = match left {
            Some(v) => v,
            None => self.operand()?,
        };
        let op = match self.peek() {
            Some(t @ (Tok::Eq | Tok::Ne | Tok::Lt | Tok::Le | Tok::Gt | Tok::Ge)) => t.clone(),
            _ => return to_bool(left),
        };
        self.pos += 1;
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
                self.pos += 1;
                Ok(Val::Attr(self.name()?))
            }
            Some(Tok::Lit(l)) => {
                self.pos += 1;
                Ok(Val::Lit(l))
            }
            Some(Tok::Num(n)) => {
                self.pos += 1;
                Ok(Val::Num(n))
            }
            Some(Tok::LParen) => {
                self.pos += 1;
                let p = self.or_expr()?;
                self.expect(&Tok::RParen)?;
                Ok(Val::Bool(p))
            }
            Some(Tok::Name(n)) if self.tokens.get(self.pos + 1) == Some(&Tok::LParen) => {
                self.pos += 2;
                self.call(&n)
            }
            Some(Tok::Dot)
                if !matches!(
                    self.tokens.get(self.pos + 1),
                    Some(Tok::Slash | Tok::DSlash)
                ) =>
            {
                Err("text-content test on `.`".into())
            }
            Some(Tok::Axis(a)) if a == "self" => {
                self.pos += 1;
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
    /// boolean expression that continues from that operand (the operand is
    /// not read again).
    fn or_expr_val(&mut self) -> Result<Val, String> {
        let v = self.operand()?;
        match self.peek() {
            Some(Tok::Comma | Tok::RParen) => Ok(v),
            _ => Ok(Val::Bool(self.or_expr_from(Some(v))?)),
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
            (f, ..) => Err(format!("function `{}()` is not translatable", clip(f))),
        }
    }
}
