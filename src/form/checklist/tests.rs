use super::*;
use crate::form::Forms;
use std::sync::OnceLock;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
const CONTENT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/content");
const ARTICLE: &str = "partner-center/submit-osa-claim.md";

fn i18n() -> &'static I18n {
    static I18N: OnceLock<I18n> = OnceLock::new();
    I18N.get_or_init(|| I18n::load(None).0)
}

fn schema() -> FormSchema {
    let (forms, diags) = Forms::load(None);
    assert!(diags.is_empty(), "{diags:?}");
    forms.get("cpor-claim").expect("cpor-claim").clone()
}

/// A file as the load stage gives it: text, body offset and `ms.openlocfilehash`.
struct Loaded {
    locale: String,
    source: SourceText,
    body: usize,
    hash: Option<String>,
}

impl Loaded {
    fn new(locale: &str, path: &str, text: &str) -> Loaded {
        let split = crate::content::front_matter::split(text, path).expect("front matter");
        let hash = text[split.yaml.0..split.yaml.1]
            .lines()
            .find_map(|l| l.strip_prefix("ms.openlocfilehash:"))
            .map(|h| h.trim().to_string());
        Loaded { locale: locale.into(), source: SourceText::new(path.into(), text.into()), body: split.body, hash }
    }

    fn read(root: &str, locale: &str) -> Loaded {
        let file = format!("{root}/{locale}/{ARTICLE}");
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        Loaded::new(locale, &format!("{locale}/{ARTICLE}"), text.trim_start_matches('\u{feff}'))
    }

    fn copy(&self) -> ArticleCopy<'_> {
        ArticleCopy {
            locale: &self.locale,
            source: &self.source,
            body: self.body,
            openlocfilehash: self.hash.as_deref(),
        }
    }
}

fn run(loaded: &[Loaded]) -> Analysis {
    let copies: Vec<ArticleCopy<'_>> = loaded.iter().map(Loaded::copy).collect();
    analyze(&schema(), &copies, i18n())
}

/// `rule path:line:col term-or-message`, one line per diagnostic.
fn lines(a: &Analysis) -> Vec<String> {
    a.diagnostics
        .iter()
        .map(|d| format!("{} {}", d.rule, d.span.as_ref().map_or(String::new(), |s| s.to_string())))
        .collect()
}

fn terms(findings: &[TermFinding]) -> Vec<String> {
    findings.iter().map(|f| format!("{} {}:{}", f.term, f.span.line, f.span.column)).collect()
}

#[test]
fn corpus_copies_pin_their_drift() {
    let loaded: Vec<Loaded> =
        ["pl-pl", "ru-ru", "sv-se", "zh-cn", "zh-tw"].iter().map(|l| Loaded::read(CORPUS, l)).collect();
    let a = run(&loaded);
    let by_locale: BTreeMap<&str, &LocaleSummary> = a.summaries.iter().map(|s| (s.locale.as_str(), s)).collect();
    for s in &a.summaries {
        assert_eq!((s.items, s.expected, s.found_by, s.terms_checked), (12, 12, Some(FoundBy::Lead), true), "{s:?}");
    }
    // zh-cn and zh-tw keep every bold name; ru-ru's item 7 lost "technical contact".
    for clean in ["zh-cn", "zh-tw"] {
        assert!(by_locale[clean].missing.is_empty() && by_locale[clean].unbolded.is_empty(), "{:?}", by_locale[clean]);
    }
    assert_eq!(terms(&by_locale["ru-ru"].missing), ["technical-contact 43:1"]);
    assert_eq!(by_locale["ru-ru"].to_string(), "ru-ru  12/12 items  missing: technical-contact (43:1)  unbolded: —");
    assert_eq!(by_locale["zh-tw"].to_string(), "zh-tw  12/12 items  missing: —  unbolded: —");
    assert!(by_locale["ru-ru"].unbolded.is_empty(), "{:?}", by_locale["ru-ru"]);
    // pl-pl and sv-se (one source version) lost or moved most bold names.
    assert!(by_locale["pl-pl"].missing.is_empty());
    assert_eq!(
        terms(&by_locale["pl-pl"].unbolded),
        [
            "mpn-id 31:3",
            "domain-name 33:3",
            "directory-id 35:3",
            "solution-area 37:3",
            "activity 39:13",
            "customer-contact-name 41:3",
            "technical-contact 43:85",
            "partner-contact-name 45:3",
            "claim-name 47:13",
            "products 49:3",
            "dynamics-seller-name 53:70",
        ]
    );
    assert!(by_locale["sv-se"].missing.is_empty());
    assert_eq!(
        terms(&by_locale["sv-se"].unbolded),
        [
            "domain-name 33:11",
            "directory-id 35:11",
            "customer-contact-name 41:11",
            "technical-contact 43:48",
            "claim-name 47:17",
            "dynamics-seller-name 53:54",
            "customer-name 53:86",
        ]
    );
    // The diagnostics say the same, with file:line:col.
    let l = lines(&a);
    assert_eq!(l.len(), 1 + 11 + 7, "{l:#?}");
    assert!(l.contains(&"claim-checklist-missing-term ru-ru/partner-center/submit-osa-claim.md:43:1".to_string()));
    assert!(l.contains(&"claim-checklist-unbolded pl-pl/partner-center/submit-osa-claim.md:31:3".to_string()));
    let partial =
        a.diagnostics.iter().find(|d| d.span.as_ref().is_some_and(|s| s.line == 31 && s.path.starts_with("pl-pl")));
    let partial = partial.expect("pl-pl MPN ID");
    assert!(partial.message.contains("only `MPN` of it is bold"), "{}", partial.message);
    assert!(partial.hint.as_deref().is_some_and(|h| h.contains("sv-se")), "{partial:?}");
}

#[test]
fn default_site_copy_is_found_after_its_own_lead_sentence() {
    // content/zh-tw holds an older version: its lead sentence differs from the
    // corpus copy's ("您需要…" without "將"), so the list is found by its bold items.
    let loaded = [Loaded::read(CONTENT, "zh-tw")];
    let a = run(&loaded);
    let s = &a.summaries[0];
    assert_eq!((s.found_by, s.line, s.items, s.terms_checked), (Some(FoundBy::MostBold), Some(31), 12, true), "{s:?}");
    assert!(s.missing.is_empty() && s.unbolded.is_empty(), "{s:?}");
    assert!(a.diagnostics.is_empty(), "{:?}", a.diagnostics);
}

/// A fixture article in en-us: front matter, the source checklist with `items`
/// (one per line, `None` to drop one) and the form's heading.
fn fixture(locale: &str, hash: &str, lead: &str, items: &[&str]) -> Loaded {
    let mut text = format!("---\ntitle: T\nms.openlocfilehash: {hash}\n---\n# T\n\n{lead}\n\n");
    for item in items {
        text.push_str(&format!("- {item}\n"));
    }
    text.push_str("\n## <a name=\"create-a-customer-association\"></a>Create\n\n1. Sign in.\n");
    Loaded::new(locale, &format!("{locale}/{ARTICLE}"), &text)
}

/// The English source checklist, item by item.
const SOURCE: [&str; 12] = [
    "The **MPN ID** (Microsoft Partner Network ID) for your entity that makes the claim",
    "Customer's **domain name** (for more information, see [Find](find-ids-and-domain-names.md))",
    "Customer's **Directory ID** or **Tenant ID**",
    "The **Solution area**, such as Business Applications or Microsoft 365",
    "The **Activity** you have performed and the type of claim you want to make",
    "Your customer's **Contact name**, title, and email address",
    "For Dynamics 365, you also need to provide your customer's **Technical contact** name, title, and email address",
    "Your own company's **Contact name** and email address",
    "You'll create a **Name** for this claim",
    "The **Product(s)** or workload(s) you're claiming",
    "**Proof of execution (PoE)**, such as a statement of work signed by the customer.",
    "For partners claiming revenue association only: **Dynamics solution seller name**, **Customer name**, and **Name of ISV product/solution**.",
];
const LEAD: &str = "You'll need the following information to complete a claim:";

fn with(changes: &[(usize, &str)]) -> Vec<String> {
    let mut items: Vec<String> = SOURCE.iter().map(|s| s.to_string()).collect();
    for (i, text) in changes {
        items[*i] = text.to_string();
    }
    items
}

fn one(locale: &str, items: &[String]) -> Analysis {
    let refs: Vec<&str> = items.iter().map(String::as_str).collect();
    run(&[fixture(locale, "aaaa", LEAD, &refs)])
}

#[test]
fn the_source_checklist_is_quiet() {
    let a = one("en-us", &with(&[]));
    assert!(a.diagnostics.is_empty(), "{:?}", a.diagnostics);
    assert_eq!(a.summaries[0].found_by, Some(FoundBy::Lead));
}

#[test]
fn count_fires_on_merged_items_and_says_which() {
    let mut items = with(&[]);
    let merged = format!("{} and {}", items[5], items[6]);
    items.splice(5..7, [merged]);
    let a = one("en-us", &items);
    assert_eq!(lines(&a), ["claim-checklist-count en-us/partner-center/submit-osa-claim.md:9:1"]);
    let d = &a.diagnostics[0];
    assert!(d.message.contains("has 11 items") && d.message.contains("lists 12"), "{}", d.message);
    assert!(d.hint.as_deref().is_some_and(|h| h.contains("item 6 holds the terms of items 6, 7")), "{d:?}");
}

#[test]
fn missing_term_fires_at_the_item_that_should_name_it() {
    let a = one(
        "en-us",
        &with(&[(6, "For Dynamics 365, you also need to provide your customer's name, title, and email address")]),
    );
    assert_eq!(lines(&a), ["claim-checklist-missing-term en-us/partner-center/submit-osa-claim.md:15:1"]);
    assert!(a.diagnostics[0].message.contains("`Technical contact`"), "{:?}", a.diagnostics);
    assert_eq!(terms(&a.summaries[0].missing), ["technical-contact 15:1"]);
}

#[test]
fn unbolded_fires_on_plain_and_partial_bold() {
    let a = one(
        "en-us",
        &with(&[
            (1, "Customer's domain name **(for more** information)"),
            (8, "You'll create a Name **for** this claim"),
        ]),
    );
    assert_eq!(
        lines(&a),
        [
            "claim-checklist-unbolded en-us/partner-center/submit-osa-claim.md:10:14",
            "claim-checklist-unbolded en-us/partner-center/submit-osa-claim.md:17:19",
        ]
    );
    let a = one("en-us", &with(&[(0, "The MPN **ID** (Microsoft Partner Network ID)")]));
    assert_eq!(lines(&a), ["claim-checklist-unbolded en-us/partner-center/submit-osa-claim.md:9:7"]);
    assert!(a.diagnostics[0].message.contains("only `ID` of it is bold"), "{:?}", a.diagnostics);
}

#[test]
fn unbolded_is_quiet_when_the_whole_source_version_has_no_bold_there() {
    // Both copies of version "bbbb" write item 5 without any bold: the source
    // dropped it, so neither translation is at fault.
    let plain: Vec<String> = with(&[(4, "The Activity you have performed and the type of claim")]);
    let refs: Vec<&str> = plain.iter().map(String::as_str).collect();
    let copies = [fixture("en-us", "bbbb", LEAD, &refs), fixture("en-us", "bbbb", LEAD, &refs)];
    let a = run(&copies);
    assert!(a.diagnostics.is_empty(), "{:?}", a.diagnostics);
    // A peer of the same version that keeps the bold makes it a translation defect.
    let bold: Vec<&str> = SOURCE.to_vec();
    let copies = [fixture("en-us", "bbbb", LEAD, &refs), fixture("en-us", "bbbb", LEAD, &bold)];
    let a = run(&copies);
    assert_eq!(lines(&a), ["claim-checklist-unbolded en-us/partner-center/submit-osa-claim.md:13:7"]);
    assert!(a.diagnostics[0].hint.as_deref().is_some_and(|h| h.contains("same-version translation in en-us")));
    // Another version's bold is no evidence.
    let copies = [
        fixture("en-us", "bbbb", LEAD, &refs),
        fixture("en-us", "bbbb", LEAD, &refs),
        fixture("en-us", "cccc", LEAD, &bold),
    ];
    assert!(run(&copies).diagnostics.is_empty());
}

#[test]
fn not_found_fires_without_a_bold_list_and_is_quiet_with_one() {
    let items = ["The MPN ID", "The domain name"];
    let a = run(&[fixture("en-us", "aaaa", "Some other sentence.", &items)]);
    assert_eq!(lines(&a), ["claim-checklist-not-found en-us/partner-center/submit-osa-claim.md:5:1"]);
    assert!(a.summaries[0].found_by.is_none());
    assert_eq!(a.summaries[0].to_string(), "en-us  no checklist");
    // The lead sentence alone finds a list, bold or not (then the terms are checked).
    let a = run(&[fixture("en-us", "aaaa", LEAD, &items)]);
    assert_eq!(a.summaries[0].found_by, Some(FoundBy::Lead));
    assert!(lines(&a).iter().all(|l| !l.starts_with("claim-checklist-not-found")), "{:?}", lines(&a));
}

#[test]
fn a_list_after_the_forms_heading_is_not_the_checklist() {
    let text =
        "---\nms.openlocfilehash: a\n---\n# T\n\n## <a name=\"create-a-customer-association\"></a>C\n\n- **MPN ID**\n";
    let a = run(&[Loaded::new("en-us", "en-us/a.md", text)]);
    assert_eq!(lines(&a), ["claim-checklist-not-found en-us/a.md:4:1"]);
}

#[test]
fn locales_without_their_own_terms_get_count_and_presence_checks_only() {
    // fy-nl has no forms.ftl: its terms would be English, so none are checked.
    let items: Vec<String> = (1..=11).map(|i| format!("**Fjild {i}** hjir")).collect();
    let refs: Vec<&str> = items.iter().map(String::as_str).collect();
    let a = run(&[fixture("fy-nl", "aaaa", "Jo hawwe nedich:", &refs)]);
    assert_eq!(lines(&a), ["claim-checklist-count fy-nl/partner-center/submit-osa-claim.md:9:1"]);
    let s = &a.summaries[0];
    assert_eq!((s.found_by, s.items, s.terms_checked), (Some(FoundBy::MostBold), 11, false));
    assert_eq!(s.to_string(), "fy-nl  11/12 items  (no terms for this locale)");
}

#[test]
fn alignment_is_monotone_prefers_own_positions_and_allows_merges() {
    // Schema items 0..3; item 1's term occurs in list items 1 and 2; items 2 and 3
    // were merged into list item 2.
    let found = vec![vec![1, 0, 0], vec![0, 1, 1], vec![0, 0, 1], vec![0, 0, 1]];
    assert_eq!(align(&found, 3), [Some(0), Some(1), Some(2), Some(2)]);
    // A term found only before its predecessor's item stays unassigned.
    let found = vec![vec![0, 1], vec![1, 0]];
    assert_eq!(align(&found, 2), [Some(1), None]);
    assert_eq!(align(&[], 0), Vec::<Option<usize>>::new());
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 256, ..Default::default() })]

    /// Any text, any body offset: the check reports, it never panics, and every
    /// span it gives lies inside the file.
    #[test]
    fn no_text_panics_the_check(
        text in "(---\n|- \\*\\*|\\*\\*|MPN ID|名稱|## <a name=\"create-a-customer-association\"></a>|\n|[ -~]|[é中\u{ff08}\u{3000}]){0,60}",
        body in 0usize..400,
        locale in "(en-us|zh-tw|pl-pl|xx)",
    ) {
        let loaded = [Loaded { locale, source: SourceText::new("a.md".into(), text.clone()), body, hash: Some("h".into()) }];
        let a = run(&loaded);
        let lines = text.split('\n').count() as u32;
        for d in &a.diagnostics {
            let span = d.span.as_ref().expect("span");
            proptest::prop_assert!(span.line >= 1 && span.line <= lines, "{d:?}");
        }
    }
}
