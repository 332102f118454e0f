//! Words for the diagnostics of `errors`: which tokens start or end an expression or a line,
//! how CPython names the statement a keyword opens, and the parser's expected terminals
//! (lalrpop's names, such as `"\"(\""` or `Name`) as a short list of words a learner reads.

use crate::token::Tok;

pub fn ends_line(tok: &Tok<'_>) -> bool {
    matches!(
        tok,
        Tok::Newline
            | Tok::Indent
            | Tok::Dedent
            | Tok::StartModule
            | Tok::StartInteractive
            | Tok::StartExpression
    )
}

pub fn is_string(tok: &Tok<'_>) -> bool {
    matches!(tok, Tok::Str(_) | Tok::Bytes(_) | Tok::FString(_))
}

pub fn starts_expression(tok: &Tok<'_>) -> bool {
    is_string(tok)
        || matches!(
            tok,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imaginary(_)
                | Tok::LPar
                | Tok::LSqb
                | Tok::LBrace
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
                | Tok::Lambda
                | Tok::Await
                | Tok::Tilde
        )
}

pub fn ends_expression(tok: &Tok<'_>) -> bool {
    is_string(tok)
        || matches!(
            tok,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imaginary(_)
                | Tok::RPar
                | Tok::RSqb
                | Tok::RBrace
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
        )
}

/// How CPython names the statement a keyword opens, in "expected an indented block after ...".
pub fn compound_name(tok: &Tok<'_>) -> Option<&'static str> {
    Some(match tok {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::With => "'with' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        Tok::Match => "'match' statement",
        Tok::Case => "'case' statement",
        _ => return None,
    })
}

/// The expected terminals as words, with expression starts folded into "an expression".
pub fn describe(expected: &[String]) -> String {
    let has = |t: &str| expected.iter().any(|e| e == t);
    let expression = has("Name") && has("Int");
    let statement = expression && has("\"pass\"");
    let operator = has("\"+\"") && has("\"and\"");
    let mut words: Vec<String> = Vec::new();
    if statement {
        words.push("a statement".into());
    } else if expression {
        words.push("an expression".into());
    }
    for terminal in expected {
        let word = word(terminal);
        let folded = (expression && EXPRESSION_STARTS.contains(&terminal.as_str()))
            || (statement && STATEMENT_STARTS.contains(&terminal.as_str()));
        let word = if operator && OPERATORS.contains(&terminal.as_str()) {
            "an operator".to_string()
        } else {
            word
        };
        if !folded && !word.is_empty() && !words.contains(&word) {
            words.push(word);
        }
    }
    match words.len() {
        0 => String::new(),
        1 => words.remove(0),
        n if n <= 8 => {
            let last = words.pop().unwrap_or_default();
            format!("{} or {last}", words.join(", "))
        }
        _ => format!("{}, ...", words[..8].join(", ")),
    }
}

const EXPRESSION_STARTS: &[&str] = &[
    "Name",
    "Int",
    "Float",
    "Imaginary",
    "Str",
    "Bytes",
    "FString",
    "\"(\"",
    "\"[\"",
    "\"{\"",
    "\"-\"",
    "\"+\"",
    "\"~\"",
    "\"not\"",
    "\"lambda\"",
    "\"await\"",
    "\"None\"",
    "\"True\"",
    "\"False\"",
    "\"...\"",
    "\"*\"",
    "\"yield\"",
];

const OPERATORS: &[&str] = &[
    "\"+\"", "\"-\"", "\"*\"", "\"/\"", "\"//\"", "\"%\"", "\"@\"", "\"**\"", "\"<<\"", "\">>\"",
    "\"&\"", "\"|\"", "\"^\"", "\"<\"", "\">\"", "\"<=\"", "\">=\"", "\"==\"", "\"!=\"", "\"in\"",
    "\"not\"", "\"is\"", "\"and\"", "\"or\"", "\"if\"", "\".\"", "\"(\"", "\"[\"",
];

const STATEMENT_STARTS: &[&str] = &[
    "\"pass\"",
    "\"break\"",
    "\"continue\"",
    "\"return\"",
    "\"raise\"",
    "\"global\"",
    "\"nonlocal\"",
    "\"del\"",
    "\"assert\"",
    "\"import\"",
    "\"from\"",
    "\"if\"",
    "\"while\"",
    "\"for\"",
    "\"try\"",
    "\"with\"",
    "\"def\"",
    "\"class\"",
    "\"async\"",
    "\"@\"",
    "\"match\"",
];

/// One expected terminal as words: `"\"(\""` is `'('`, `Name` is "a name".
pub fn word(terminal: &str) -> String {
    match terminal {
        "Name" => "a name".into(),
        "Int" | "Float" | "Imaginary" => "a number".into(),
        "Str" | "Bytes" | "FString" => "a string".into(),
        "Newline" => "end of line".into(),
        "Indent" => "an indented block".into(),
        "Dedent" => "end of block".into(),
        "WithGroup" => "'('".into(),
        "StartModule" | "StartInteractive" | "StartExpression" => String::new(),
        quoted => format!("'{}'", quoted.trim_matches('"')),
    }
}
