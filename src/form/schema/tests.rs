use super::parse::is_kebab;
use super::*;

const MINIMAL: &str = r#"
article = "docs/a.md"
insert_before = "next"
version = 1

[[checklist]]
item = 1
terms = [{ id = "area", field = "area" }]

[[fields]]
id = "area"
type = "radios"
checklist = 1
required = true
options = [{ value = "a" }, { value = "b" }]

[[fields]]
id = "extra"
type = "text"
checklist = 1
shown_when = { field = "area", equals = "b" }
"#;

fn messages(text: &str) -> Vec<String> {
    match parse("f", "templates/forms/f.toml", text) {
        Ok(_) => Vec::new(),
        Err(d) => d
            .iter()
            .map(|d| format!("{} {}", d.span.as_ref().map_or(String::new(), |s| s.to_string()), d.message))
            .collect(),
    }
}

#[test]
fn minimal_schema_parses() {
    let s = parse("f", "templates/forms/f.toml", MINIMAL).expect("valid");
    assert_eq!(s.fields.len(), 2);
    assert_eq!(s.fields[1].shown_when, Some(Condition { field: "area".into(), equals: "b".into() }));
    assert!(s.checklist[0].terms[0].bold);
    assert!(s.message_ids().contains(&"f-area-b".to_string()));
    assert!(s.message_ids().contains(&"f-shown-when-area-b".to_string()));
}

#[test]
fn syntax_error_has_a_position() {
    let m = messages("article = \"docs/a.md\"\nversion = \n");
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(m[0].starts_with("templates/forms/f.toml:2:"), "{m:?}");
}

#[test]
fn unknown_keys_and_types_are_rejected() {
    let m = messages(&MINIMAL.replace("required = true", "requird = true"));
    assert!(m[0].contains("unknown field `requird`"), "{m:?}");
    let m = messages(&MINIMAL.replace("type = \"text\"", "type = \"date\""));
    assert!(m[0].contains("unknown variant `date`"), "{m:?}");
}

#[test]
fn references_are_checked_where_written() {
    let bad = MINIMAL.replace("equals = \"b\"", "equals = \"c\"");
    let m = messages(&bad);
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(m[0].starts_with("templates/forms/f.toml:21:") && m[0].contains("has no option `c`"), "{m:?}");

    let m = messages(&MINIMAL.replace("field = \"area\" }]", "field = \"nope\" }]"));
    assert!(m.iter().any(|m| m.contains("names field `nope`")), "{m:?}");

    let m = messages(&MINIMAL.replace("checklist = 1\nshown", "checklist = 2\nshown"));
    assert!(m.iter().any(|m| m.contains("`checklist = 2` names no item")), "{m:?}");

    let m = messages(&MINIMAL.replace("item = 1", "item = 2"));
    assert!(m.iter().any(|m| m.contains("expected 1")), "{m:?}");
}

#[test]
fn colliding_message_ids_are_reported() {
    // Field `area_b`'s label and option `b-label` of field `area` are both `f-area-b-label`.
    let text = MINIMAL
        .replace("id = \"extra\"", "id = \"area_b\"")
        .replace("{ value = \"b\" }]", "{ value = \"b\" }, { value = \"b-label\" }]");
    let m = messages(&text);
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(m[0].contains("`f-area-b-label`") && m[0].contains("field `area_b`"), "{m:?}");
}

#[test]
fn names_must_be_kebab_case() {
    assert!(parse("Bad_Name", "x.toml", MINIMAL).is_err());
    assert!(is_kebab("cpor-claim") && !is_kebab("cpor--claim") && !is_kebab("-a") && !is_kebab("a-"));
}
