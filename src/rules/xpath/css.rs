//! The CSS side of the translation: predicates and operands as CSS
//! fragments, comparisons turned into attribute selectors and positions,
//! and CSS string / identifier serialisation.

use super::tokens::Tok;

/// A predicate, translated.
pub(super) enum Pred {
    /// A compound-selector fragment that filters the element.
    Filter(String),
    /// A position among the siblings that pass the filters before it.
    Pos(Position),
}

pub(super) enum Position {
    Nth(u32),
    Last,
    /// `position() < n` and friends: the first `n` siblings.
    FirstN(u32),
}

/// An operand in a predicate.
pub(super) enum Val {
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

pub(super) fn to_bool(v: Val) -> Result<Pred, String> {
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

pub(super) fn compare(left: Val, op: Tok, right: Val) -> Result<Pred, String> {
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

pub(super) fn quote(s: &str) -> String {
    let mut out = String::new();
    let _ = cssparser::serialize_string(s, &mut out);
    out
}

pub(super) fn ident(s: &str) -> String {
    let mut out = String::new();
    let _ = cssparser::serialize_identifier(s, &mut out);
    out
}
