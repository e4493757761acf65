//! The tokens of an XPath expression.

use crate::rules::clip;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
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
    /// The token as the expression spells it, for error messages (long
    /// names and literals clipped, see [`clip`](crate::rules::clip)).
    pub(super) fn describe(&self) -> String {
        let fixed = match self {
            Tok::Name(n) => return format!("`{}`", clip(n)),
            Tok::Lit(l) => return format!("'{}'", clip(l)),
            Tok::Num(n) => return format!("{n}"),
            Tok::Axis(a) => return format!("`{}::`", clip(a)),
            Tok::Other(c) => return format!("`{c}`"),
            Tok::Slash => "/",
            Tok::DSlash => "//",
            Tok::Pipe => "|",
            Tok::LBrack => "[",
            Tok::RBrack => "]",
            Tok::LParen => "(",
            Tok::RParen => ")",
            Tok::At => "@",
            Tok::Comma => ",",
            Tok::Eq => "=",
            Tok::Ne => "!=",
            Tok::Lt => "<",
            Tok::Le => "<=",
            Tok::Gt => ">",
            Tok::Ge => ">=",
            Tok::Star => "*",
            Tok::Dot => ".",
            Tok::DDot => "..",
        };
        format!("`{fixed}`")
    }
}

pub(super) fn tokenize(s: &str) -> Result<Vec<Tok>, String> {
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
                out.push(Tok::Num(
                    n.parse().map_err(|_| format!("bad number {}", clip(&n)))?,
                ));
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
