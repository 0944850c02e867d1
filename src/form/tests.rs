use super::*;

#[test]
fn the_embedded_schema_loads_with_the_contract_ids() {
    let (forms, diags) = Forms::load(None);
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(forms.len(), 1);
    let s = forms.get("cpor-claim").expect("cpor-claim");
    assert_eq!(
        forms.for_article("partner-center/submit-osa-claim.md").map(|f| f.name.as_str()).collect::<Vec<_>>(),
        ["cpor-claim"]
    );
    assert_eq!(forms.for_article("partner-center/other.md").count(), 0);
    assert_eq!(
        (s.article.as_str(), s.insert_before.as_str(), s.version),
        ("partner-center/submit-osa-claim.md", "create-a-customer-association", 1)
    );
    let ids: Vec<&str> = s.fields.iter().map(|f| f.id.as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    let mut expected = vec![
        "mpn_id",
        "customer_domain",
        "tenant_id",
        "solution_area",
        "claim_type",
        "customer_contact_name",
        "customer_contact_title",
        "customer_contact_email",
        "technical_contact_name",
        "technical_contact_title",
        "technical_contact_email",
        "partner_contact_name",
        "partner_contact_email",
        "claim_name",
        "products",
        "proof_of_execution",
        "dynamics_seller_name",
        "customer_name",
        "isv_solution_name",
        "subscription_id",
    ];
    expected.sort_unstable();
    assert_eq!(sorted, expected);
    // 12 items; item 3 names the directory and tenant ID, item 12 three fields.
    assert_eq!(s.checklist.len(), 12);
    assert_eq!(s.checklist[2].terms.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), ["directory-id", "tenant-id"]);
    assert_eq!(
        s.checklist[11].terms.iter().map(|t| t.field.as_str()).collect::<Vec<_>>(),
        ["dynamics_seller_name", "customer_name", "isv_solution_name"]
    );
    let f = |id: &str| s.field(id).expect(id);
    assert_eq!(
        (f("mpn_id").format, f("tenant_id").format, f("subscription_id").format),
        (Some(Format::Digits), Some(Format::Guid), Some(Format::Guid))
    );
    assert_eq!(f("customer_domain").format, Some(Format::Domain));
    assert_eq!(f("partner_contact_email").effective_format(), Some(Format::Email));
    let values = |id: &str| f(id).options.iter().map(|o| o.value.clone()).collect::<Vec<_>>();
    assert_eq!(values("solution_area"), ["microsoft-365", "business-applications"]);
    assert_eq!(values("claim_type"), ["pre-sales", "usage", "revenue-association"]);
    let ba = Some(Condition { field: "solution_area".into(), equals: "business-applications".into() });
    let ra = Some(Condition { field: "claim_type".into(), equals: "revenue-association".into() });
    for id in ["technical_contact_name", "technical_contact_title", "technical_contact_email"] {
        assert_eq!((f(id).required, &f(id).required_when, f(id).checklist), (false, &ba, 7), "{id}");
    }
    for id in ["dynamics_seller_name", "customer_name", "isv_solution_name"] {
        assert_eq!((f(id).required, &f(id).shown_when, f(id).checklist), (true, &ra, 12), "{id}");
    }
    assert_eq!((f("subscription_id").required, f("subscription_id").checklist), (false, 10));
}

fn site_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let forms = dir.path().join("templates/forms");
    std::fs::create_dir_all(&forms).expect("mkdir");
    for (name, text) in files {
        std::fs::write(forms.join(name), text).expect("write");
    }
    dir
}

#[test]
fn a_sites_forms_overlay_the_embedded_ones() {
    let embedded = include_str!("../../templates/forms/cpor-claim.toml");
    let site = site_with(&[
        ("cpor-claim.toml", &embedded.replace("version = 1", "version = 2")),
        ("extra.toml", &embedded.replace("submit-osa-claim.md", "other.md")),
        ("notes.txt", "ignored"),
    ]);
    let (forms, diags) = Forms::load(Some(&site.path().join("templates")));
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(
        forms.iter().map(|f| (f.name.as_str(), f.version)).collect::<Vec<_>>(),
        [("cpor-claim", 2), ("extra", 1)]
    );
    assert_eq!(forms.get("extra").map(|f| f.source.as_str()), Some("templates/forms/extra.toml"));
}

#[test]
fn invalid_schemas_are_diagnostics_never_panics() {
    let embedded = include_str!("../../templates/forms/cpor-claim.toml");
    let site = site_with(&[
        ("cpor-claim.toml", &embedded.replace("checklist = 12", "checklist = 13")),
        ("broken.toml", "article = \"a.md\"\ninsert_before = [\n"),
        ("Bad Name.toml", embedded),
    ]);
    let (forms, diags) = Forms::load(Some(&site.path().join("templates")));
    // The broken override leaves the embedded cpor-claim in place.
    assert_eq!(forms.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(), ["cpor-claim"]);
    assert!(diags.iter().all(|d| d.rule == Rule::FormInvalid && d.severity == crate::diagnostic::Severity::Error));
    let spans: Vec<String> = diags.iter().map(|d| d.span.as_ref().map_or(String::new(), |s| s.to_string())).collect();
    assert!(spans.iter().any(|s| s.starts_with("templates/forms/broken.toml:3:")), "{spans:?}");
    assert!(spans.iter().any(|s| s == "templates/forms/Bad Name.toml:1:1"), "{spans:?}");
    let thirteen = diags.iter().find(|d| d.message.contains("`checklist = 13`")).expect("checklist 13");
    let span = thirteen.span.as_ref().expect("span");
    let line = embedded.lines().position(|l| l == "checklist = 12").expect("line") as u32 + 1;
    assert_eq!((span.path.as_str(), span.line, span.column), ("templates/forms/cpor-claim.toml", line, 13));
    assert!(thirteen.hint.as_deref().is_some_and(|h| h.contains("shipped with docloc is used instead")));
}

#[test]
fn no_input_panics_the_schema_parser() {
    let embedded = include_str!("../../templates/forms/cpor-claim.toml");
    // Every prefix of the real schema (cut at char boundaries) parses or reports.
    for (cut, _) in embedded.char_indices().step_by(97) {
        let _ = schema::parse("cpor-claim", "x.toml", &embedded[..cut]);
    }
    for text in
        ["", "version = -1", "[[fields]]\nid = 5", "article = \"../x.md\"\ninsert_before = \"a b\"\nversion = 0"]
    {
        assert!(schema::parse("f", "x.toml", text).is_err(), "{text:?}");
    }
}
