//! HTML snapshots of every DocFX construct the Markdown renderer supports, one snapshot
//! per construct (in the manner of Zola's `components/markdown/tests`).
//!
//! Each input is a short snippet of a real article of the Partner Center corpus
//! (`../shared/corpus`, `../shared/corpus-sxs`; CC BY 4.0), copied here with the path it
//! came from. The corpus has no `[!INCLUDE]`, `[!div]`, `[!VIDEO]`, `[!CAUTION]`,
//! `type="icon"`, `type="complex"`, `link=` or `![alt](src)`; those inputs follow the
//! syntax of the DocFX and Microsoft Learn Markdown reference and say so.
//!
//! Rendering goes through the public [`docloc::markdown::render`] with [`TestSite`], a
//! resolver that rewrites every `.md` link and every image deterministically (to
//! `/zh-cn/<page>/` and `/zh-cn/<asset>`), so the snapshots show link rewriting too, and
//! serves the includes it is given. A few snapshots hold the facts as well (headings,
//! anchors, links, blocks) that the checks and parity reports read.
//!
//! Where today's HTML is wrong, no snapshot blesses it: the right expectation is a plain
//! test marked `#[ignore = "renderer bug: …"]` instead, to run with `--ignored`.

use docloc::content::SourceText;
use docloc::diagnostic::Rule;
use docloc::link::{dir_of, is_external, normalize, page_slug, raw_fragment, Resolution, Resolved, Via, Want};
use docloc::markdown::{self, Block, Heading, Input, LinkFact, RenderOptions, Rendered, Resolver, UiText};
use serde::Serialize;

/// The page every snippet is rendered as (its links resolve from its folder).
const KEY: &str = "partner-center/article.md";

/// A docs set `partner-center/` in which every `.md` page and every asset exists, and
/// which serves the includes it is built with.
struct TestSite {
    /// `(key, Markdown)` of the include files.
    includes: Vec<(&'static str, &'static str)>,
}

impl Resolver for TestSite {
    fn resolve(&self, from_key: &str, dest: &str, want: Want) -> Resolution {
        if is_external(dest) {
            return Resolution::new(Resolved::External);
        }
        let path = dest.split(['#', '?']).next().unwrap_or("");
        if path.is_empty() {
            return Resolution::new(Resolved::SamePage);
        }
        let key = match path.strip_prefix('/') {
            Some(rooted) if !rooted.starts_with("partner-center/") => return Resolution::new(Resolved::OutOfScope),
            Some(rooted) => normalize("", rooted),
            None => normalize(dir_of(from_key), path),
        };
        let Some(key) = key else {
            return Resolution::new(Resolved::NotFound { wanted: path.into(), reason: Some("leaves the root".into()) });
        };
        let found = |key: String| Resolution::new(Resolved::Found { locale: 0, key, via: Via::Direct });
        match want {
            Want::Page if key.ends_with(".md") || key.ends_with(".yml") => found(key),
            Want::Page if dest.starts_with('/') => found(format!("{key}.md")),
            Want::Page => Resolution::new(Resolved::NotFound { wanted: key, reason: None }),
            Want::Asset | Want::Include => found(key),
        }
    }

    fn url(&self, dest: &str, want: Want, r: &Resolution) -> Option<String> {
        let fragment = raw_fragment(dest).map(|f| format!("#{f}")).unwrap_or_default();
        match (&r.target, want) {
            (Resolved::Found { key, .. }, Want::Page) => Some(format!("/zh-cn/{}{fragment}", page_slug(key))),
            (Resolved::Found { key, .. }, _) => Some(format!("/zh-cn/{key}")),
            (Resolved::OutOfScope, _) => Some(format!("https://learn.microsoft.com/zh-cn{dest}")),
            _ => None,
        }
    }

    fn include(&self, from_key: &str, target: &str) -> Result<(String, SourceText), (Rule, String)> {
        let key = normalize(dir_of(from_key), target).ok_or((Rule::IncludeOutsideRoot, "outside".to_string()))?;
        match self.includes.iter().find(|(k, _)| *k == key) {
            Some((k, text)) => Ok((k.to_string(), SourceText::new(format!("zh-cn/{k}"), text.to_string()))),
            None => Err((Rule::IncludeNotFound, format!("include `{target}` not found"))),
        }
    }
}

/// Fixed UI strings, so the snapshots do not change with the translations.
fn ui() -> UiText {
    UiText {
        alert_titles: ["Note", "Tip", "Important", "Caution", "Warning"].map(String::from),
        image_enlarge: "Enlarge image".into(),
        image_description: "Image description".into(),
        video_link: "Watch the video".into(),
        tab_list_label: "Tabs".into(),
    }
}

fn render_with(site: &TestSite, markdown: &str) -> Rendered {
    let source = SourceText::new(format!("zh-cn/{KEY}"), markdown.to_string());
    markdown::render(Input::new(&source, &source.text(), 0, KEY), site, &ui(), RenderOptions::default())
}

fn render(markdown: &str) -> Rendered {
    render_with(&TestSite { includes: Vec::new() }, markdown)
}

/// The HTML of `markdown`, which must render without diagnostics.
fn html(markdown: &str) -> String {
    let r = render(markdown);
    assert_eq!(r.diagnostics, Vec::new(), "{markdown}");
    r.html
}

/// The facts of a page, as the checks and parity reports read them.
#[derive(Serialize)]
struct Facts<'a> {
    title: &'a Option<String>,
    headings: &'a [Heading],
    anchors: &'a [String],
    links: &'a [LinkFact],
    includes: &'a [String],
    blocks: &'a [Block],
}

fn facts(r: &Rendered) -> Facts<'_> {
    Facts {
        title: &r.title,
        headings: &r.headings,
        anchors: &r.anchors,
        links: &r.links,
        includes: &r.includes,
        blocks: &r.blocks,
    }
}

// ---------------------------------------------------------------------------
// Alerts

#[test]
fn alert_note_without_space() {
    // zh-cn/partner-center/merge-accounts.md:84
    insta::assert_snapshot!(html(">[!Note]\n>若要执行帐户合并，你必须是公司的 **帐户管理员** 。\n"));
}

#[test]
fn alert_note_with_space() {
    // zh-cn/partner-center/register-deals.md:45
    insta::assert_snapshot!(html(
        "> [!NOTE]\n> 如果 **交易注册** 项未显示在交易进度栏中，则交易不满足交易注册的所有要求。\n"
    ));
}

#[test]
fn alert_tip() {
    // zh-cn/partner-center/common-billing-scenarios-saas.md:41
    insta::assert_snapshot!(html("> [!TIP]\n> 即使在免费试用期间，你也可以随时取消基于许可证的免费试用版订阅。\n"));
}

#[test]
fn alert_important_without_space() {
    // zh-cn/partner-center/azure-roles-perms-pec.md:23
    insta::assert_snapshot!(html(">[!Important]\n>这些角色和权限不同于用户在合作伙伴中心工作时所需的角色和权限。\n"));
}

#[test]
fn alert_important_with_space() {
    // zh-cn/partner-center/give-customers-permission.md:91
    insta::assert_snapshot!(html(
        "> [!IMPORTANT]\n> 如果尚未为某个客户分配 \" **所有者** \" 角色，则他们将收到一个错误，Azure 门户阻止他们购买 Azure 预订。\n"
    ));
}

#[test]
fn alert_caution() {
    // Not in the corpus; DocFX "Alerts" syntax, with the text of
    // zh-cn/partner-center/set-up-your-payout-account.md:108.
    insta::assert_snapshot!(html("> [!CAUTION]\n> 请确保银行接受你选择的付款货币。\n"));
}

#[test]
fn alert_warning_inside_a_list_item() {
    // zh-cn/partner-center/set-up-your-payout-account.md:104
    insta::assert_snapshot!(html(
        "4. 返回“配置文件分配”页，选择你希望我们在付款时使用的货币。\n\n    > [!WARNING]\n    > 请确保银行接受你选择的付款货币。\n\n5. 你将需要为你参与的每个计划选择一个付款配置文件，但多个计划可以使用同一个配置文件。\n"
    ));
}

#[test]
fn alerts_back_to_back_with_a_link_and_trailing_space() {
    // zh-cn/partner-center/purchase-azure-plan.md:77 (the marker line ends in a space)
    let r = render(
        ">[!Important] \n>如果该客户没有有效的 Azure 计划，请选择“Azure”立即添加一个计划。 有关更多说明，请阅读[购买 Azure 预留项](azure-reservations-buying.md#purchase-azure-reservations)。\n\n>[!Note]\n>在合作伙伴中心，预留范围目前只能设置为“共享”。 \n",
    );
    insta::assert_snapshot!(r.html);
    insta::assert_json_snapshot!("alerts_back_to_back_with_a_link_and_trailing_space_facts", facts(&r));
}

#[test]
fn a_plain_block_quote_is_no_alert() {
    // zh-cn/partner-center/merge-accounts.md:85, without its marker line.
    insta::assert_snapshot!(html(">若要执行帐户合并，你必须是公司的 **帐户管理员** 。\n"));
}

// ---------------------------------------------------------------------------
// Headings: `<a name>` anchors and generated ids

#[test]
fn heading_anchors_from_a_name() {
    // zh-cn/partner-center/pci-roles.md:32 and zh-cn/partner-center/announcements/2020-january.md:27-29
    // (`<a id="7"/></a>` after the anchor is another anchor of the page).
    let r = render(
        "## <a name=\"next-steps\"></a>后续步骤\n\n## <a name=\"windows-server-and-sql-server-subscriptions-available-to-cloud-solution-provider-csp-partners-in-russia-from-february-1-2020\"></a><a id=\"7\"/></a>自 2020 年 2 月 1 日起，俄罗斯的云解决方案提供商 (CSP) 合作伙伴可使用 Windows Server 和 SQL Server 订阅\n\n### <a name=\"categories\"></a>类别\n",
    );
    insta::assert_snapshot!(r.html);
    insta::assert_json_snapshot!("heading_anchors_from_a_name_facts", facts(&r));
}

#[test]
fn heading_anchor_at_the_end() {
    // zh-cn/partner-center/add-licenses-or-services-to-an-existing-subscription.md:31
    let r = render(
        "## <a name=\"upgrades-supported-in-the-csp-program\"></a>CSP 计划支持的升级<a id=\"upgradesubscription\"></a>\n",
    );
    insta::assert_snapshot!(r.html);
    assert_eq!(r.anchors, ["upgrades-supported-in-the-csp-program", "upgradesubscription"]);
}

#[test]
fn heading_auto_ids_cjk_cyrillic_code_and_duplicates() {
    // Heading texts of zh-cn/partner-center/pci-roles.md:32, ru-ru/partner-center/add-a-new-customer.md:59
    // and ru-ru/partner-center/insights-programmatic-custom-query.md:131, without their
    // `<a name>` anchors; then each again, for the `-1` suffix.
    let r = render("# 合作伙伴中心概述\n\n## 后续步骤\n\n## Дальнейшие шаги\n\n### `SELECT`\n\n## 后续步骤\n\n## Дальнейшие шаги\n");
    insta::assert_snapshot!(r.html);
    insta::assert_json_snapshot!("heading_auto_ids_cjk_cyrillic_code_and_duplicates_facts", facts(&r));
}

#[test]
fn a_generated_id_steps_aside_for_a_written_anchor() {
    // zh-cn/partner-center/pci-roles.md:32, then the English heading text without an anchor.
    let r = render("## <a name=\"next-steps\"></a>后续步骤\n\n## Next steps\n");
    insta::assert_snapshot!(r.html);
}

#[test]
fn repeated_written_anchors_give_unique_heading_ids() {
    // zh-cn/partner-center/announcements/2020-january.md:27-35 and :68-77 (shortened): each
    // announcement repeats `### <a name="categories"></a>类别`. HTML ids are unique in a
    // document (HTML Living Standard §3.2.6.1); the first keeps the anchor's id.
    let r = render(
        "## <a name=\"windows-server-and-sql-server-subscriptions-available-to-cloud-solution-provider-csp-partners-in-russia-from-february-1-2020\"></a><a id=\"7\"/></a>自 2020 年 2 月 1 日起，俄罗斯的云解决方案提供商 (CSP) 合作伙伴可使用 Windows Server 和 SQL Server 订阅\n\n### <a name=\"categories\"></a>类别\n\n- 日期:2020-01-31\n\n### <a name=\"summary\"></a>摘要\n\n## <a name=\"meeting-room-and-meetings-add-on-for-microsoft-365-f1-are-now-available-in-the-government-community-cloud-gcc\"></a><a id=\"6\"/></a>适用于 Microsoft 365 F1 的会议室和会议附加设备现可用于政府社区云 (GCC)\n\n### <a name=\"categories\"></a>类别\n\n### <a name=\"summary\"></a>摘要\n",
    );
    let ids: Vec<&str> = r.headings.iter().map(|h| h.id.as_str()).collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "heading ids repeat: {ids:?}");
    assert_eq!(ids[1], "categories");
    assert_eq!(r.html.matches("id=\"categories\"").count(), 1, "{}", r.html);
}

// ---------------------------------------------------------------------------
// :::image

#[test]
fn image_block() {
    // zh-cn/partner-center/purchase-azure-plan.md:82
    insta::assert_snapshot!(html(
        ":::image type=\"content\" source=\"images/azure/addprods1.png\" alt-text=\"共享范围预留设置。\":::\n"
    ));
}

#[test]
fn image_with_border_inside_a_list_item() {
    // zh-tw/partner-center/give-customers-permission.md:128
    insta::assert_snapshot!(html(
        "5. 在頁面底部找出 [ **客戶許可權** ] 區域。\n\n   :::image type=\"content\" source=\"images/give-customers-permission-reservations.png\" alt-text=\"帳戶頁面上的客戶許可權。\" border=\"true\":::\n"
    ));
}

#[test]
fn image_inline_between_text() {
    // zh-tw/partner-center/mpn-skills-report.md:129
    insta::assert_snapshot!(html(
        "   **證明範例 #2 –** :::image type=\"content\" source=\"images/competencies/mpn-skills-report-5.png\" alt-text=\"標題為 Microsoft 線上訓練課程完成的\" border=\"true\":::Microsoft 線上訓練課程完成範例憑證。\n"
    ));
}

#[test]
fn image_with_lightbox() {
    // zh-tw/partner-center/azure-active-directory-tenants-and-partner-center.md:57
    let r = render(
        ":::image type=\"content\" source=\"images/onboardingAADFlow.png\" lightbox=\"images/onboardingAADFlow.png\" alt-text=\"您有工作帳戶嗎？還是您需要建立一個工作帳戶？\":::\n",
    );
    insta::assert_snapshot!(r.html);
    insta::assert_json_snapshot!("image_with_lightbox_facts", facts(&r));
}

#[test]
fn image_with_lightbox_written_without_a_space() {
    // zh-tw/partner-center/sell-to-education-customers.md:49-51 (`alt-text="…"lightbox=`)
    insta::assert_snapshot!(html(
        "4. 確認 **評論** 之後，如果提交的資訊有效，您將會收到 **InReview** 狀態。 \n\n    :::image type=\"content\" source=\"images/edu/create-review.png\" alt-text=\"教育客戶帳戶正在審查中\"lightbox=\"images/edu/create-review-expanded.png\":::\n"
    ));
}

#[test]
fn image_with_link() {
    // Not in the corpus; `link` after the Microsoft Learn `:::image` reference, with the
    // image of zh-cn/partner-center/overview.md.
    insta::assert_snapshot!(html(
        ":::image type=\"content\" source=\"images/home.png\" alt-text=\"合作伙伴中心概述\" link=\"overview.md#manage-your-account\":::\n"
    ));
}

#[test]
fn image_icon_inline_in_a_table() {
    // Not in the corpus; `type="icon"` (no alt text needed) after the Microsoft Learn
    // `:::image` reference, in a row of zh-cn/partner-center/azure-roles-perms-pec.md:28.
    insta::assert_snapshot!(html(
        "|**角色**   |**可用 PEC**   |\n|-----------------|:--------------|\n|所有者  |:::image type=\"icon\" source=\"images/check.svg\" border=\"false\":::|\n"
    ));
}

#[test]
fn image_complex_with_long_description() {
    // Not in the corpus; `type="complex"` … `:::image-end:::` after the Microsoft Learn
    // `:::image` reference, with the image of zh-cn/partner-center/purchase-azure-plan.md:82.
    let r = render(
        ":::image type=\"complex\" source=\"images/azure/addprods1.png\" alt-text=\"共享范围预留设置。\":::\n预留范围目前只能设置为 **共享**。\n\n- 单个订阅\n- 共享\n:::image-end:::\n\n后续文字。\n",
    );
    assert_eq!(r.diagnostics, Vec::new());
    insta::assert_snapshot!(r.html);
}

#[test]
fn image_alt_text_character_references_are_decoded_once() {
    // ru-ru/partner-center/mpn-skills-report.md:126 writes `&quot;` for the quotes it
    // cannot write inside `alt-text="…"`; the reader must get the quotes, not `&quot;`.
    let out = html(
        ":::image type=\"content\" source=\"images/competencies/mpn-skills-report-5.png\" alt-text=\"Пример сертификата с названием &quot;Microsoft Online Training Course Completion&quot;.\" border=\"true\":::\n",
    );
    assert!(!out.contains("&amp;quot;"), "{out}");
    assert!(
        out.contains("alt=\"Пример сертификата с названием &quot;Microsoft Online Training Course Completion&quot;.\""),
        "{out}"
    );
}

#[test]
fn complex_image_description_links_are_rewritten_and_checked() {
    let r = render(
        ":::image type=\"complex\" source=\"images/azure/addprods1.png\" alt-text=\"共享范围预留设置。\":::\n请阅读[购买 Azure 预留项](azure-reservations-buying.md#purchase-azure-reservations)。\n:::image-end:::\n",
    );
    assert!(
        r.html.contains("href=\"/zh-cn/partner-center/azure-reservations-buying/#purchase-azure-reservations\""),
        "{}",
        r.html
    );
    assert!(
        r.links.iter().any(|l| l.dest == "azure-reservations-buying.md#purchase-azure-reservations"),
        "{:?}",
        r.links
    );
}

#[test]
fn markdown_image() {
    // Not in the corpus (it writes `:::image`); CommonMark, with the image of
    // zh-cn/partner-center/purchase-azure-plan.md:82, alone and inline.
    let r =
        render("![共享范围预留设置。](images/azure/addprods1.png)\n\n图 ![图标](../images/icon.png \"标题\") 说明。\n");
    insta::assert_snapshot!(r.html);
    insta::assert_json_snapshot!("markdown_image_facts", facts(&r));
}

// ---------------------------------------------------------------------------
// Includes, [!div], [!VIDEO], tabs, :::no-loc

#[test]
fn include_block_and_inline() {
    // Not in the corpus; DocFX "Include" syntax. The block include serves the alert of
    // zh-cn/partner-center/register-deals.md:45, the inline one a phrase.
    let site = TestSite {
        includes: vec![
            (
                "partner-center/includes/deal-note.md",
                "> [!NOTE]\n> 如果 **交易注册** 项未显示在交易进度栏中，则交易不满足交易注册的所有要求。\n",
            ),
            ("partner-center/includes/product-name.md", "合作伙伴中心"),
        ],
    };
    let r = render_with(
        &site,
        "[!INCLUDE [deal note](includes/deal-note.md)]\n\n请登录 [!INCLUDE [name](includes/product-name.md)] 仪表板。\n\n[!include[missing](includes/missing.md)]\n",
    );
    insta::assert_snapshot!(r.html);
    insta::assert_json_snapshot!("include_block_and_inline_facts", facts(&r));
    let rules: Vec<Rule> = r.diagnostics.iter().map(|d| d.rule).collect();
    assert_eq!(rules, [Rule::IncludeNotFound]);
}

#[test]
fn div_with_class() {
    // Not in the corpus; DocFX `[!div]` syntax (Microsoft Learn's "next step" button),
    // with the link of zh-cn/partner-center/purchase-azure-plan.md:78.
    insta::assert_snapshot!(html(
        "> [!div class=\"nextstepaction\"]\n> [购买 Azure 预留项](azure-reservations-buying.md#purchase-azure-reservations)\n"
    ));
}

/// Not in the corpus; DocFX `[!VIDEO]` syntax.
const VIDEO: &str = "> [!VIDEO https://learn.microsoft.com/shows/partner-center/overview/player]\n";

#[test]
fn video_facts() {
    // The HTML is held by `video_closes_every_div_it_opens` below.
    insta::assert_json_snapshot!("video_facts", facts(&render(VIDEO)));
}

#[test]
fn video_closes_every_div_it_opens() {
    let out = html(VIDEO);
    assert_eq!(out.matches("<div").count(), out.matches("</div>").count(), "{out}");
    assert!(
        out.contains(
            "<a href=\"https://learn.microsoft.com/shows/partner-center/overview/player\">Watch the video</a>"
        ),
        "{out}"
    );
}

/// sv-se/partner-center/update-customer-account-info.md:25-46, the tab group closed by
/// `* * *` as in the corpus.
const TABS: &str = "## <a name=\"update-customer-details\"></a>Uppdatera kundinformation

#### <a name=\"workspaces-view\"></a>[Vy över arbetsytor](#tab/workspaces-view)

1. Logga in på [instrumentpanelen i Partnercenter](https://partner.microsoft.com/dashboard) och välj **panelen** Kunder.

2. Välj en kund i listan, välj sedan **Konto och** sedan **Uppdatera**.

#### <a name=\"current-view\"></a>[Aktuell vy](#tab/current-view)

1. I **menyn i Partnercenter** väljer du **Kunder.** Välj sedan en kund i listan.

2. På kundmenyn väljer du **Konto** och sedan **Uppdatera**.

* * *

## <a name=\"next-steps\"></a>Nästa steg
";

#[test]
fn tab_group_ended_by_a_thematic_break() {
    let r = render(TABS);
    insta::assert_snapshot!(r.html);
    insta::assert_json_snapshot!("tab_group_ended_by_a_thematic_break_facts", facts(&r));
}

#[test]
fn tab_group_ended_by_dashes() {
    // The same group closed by `---`, as the DocFX "Tabbed conceptual content" reference writes it.
    let out = html(&TABS.replace("* * *", "---"));
    assert_eq!(out, html(TABS), "`---` and `* * *` both close the group");
}

#[test]
fn two_tab_groups_with_the_same_tab_ids() {
    // sv-se/partner-center/report-problems-with-partner-center.md:28-101 (shortened): two
    // groups with the same tab ids and the same `<a name>` anchors, each ended by the
    // next heading of a higher level.
    insta::assert_snapshot!(html(
        "## <a name=\"report-a-problem-with-the-partner-center\"></a>Rapportera ett problem med Partnercenter\n\n#### <a name=\"workspaces-view\"></a>[Vy över arbetsytor](#tab/workspaces-view)\n\nA\n\n#### <a name=\"current-view\"></a>[Aktuell vy](#tab/current-view)\n\nB\n\n## <a name=\"schedule-a-support-appointment\"></a>Schemalägga en supporttid\n\n#### <a name=\"workspaces-view\"></a>[Vy över arbetsytor](#tab/workspaces-view)\n\nC\n\n#### <a name=\"current-view\"></a>[Aktuell vy](#tab/current-view)\n\nD\n"
    ));
}

#[test]
fn no_loc_in_a_table() {
    // zh-tw/partner-center/announcements/2020-november.md:175-179
    insta::assert_snapshot!(html(
        "| 國家/地區 | A14-區域 | ISO 國碼 (地區碼) | 欄位字元需求 | 以本國語言顯示的國家/地區特定欄位名稱 | 英文翻譯或註解 |\n|---------|----------|------------------|------------------------|--------------------|--------------------------------------|\n| 亞美尼亞 | CEE      | AM               | 8 或 10 位數         | :::no-loc text=\"УНН/NZOU/НЗОУ/ հանրային ծառայության համարանիշը\"::: | UNN/公共服務編號                     |\n| 亞塞拜然| CEE      | AZ               | 7 或 10 位數         | :::no-loc text=\"ИНН/VOEN/ПИК\"::: | TIN/INN/PIC              |\n"
    ));
}

// ---------------------------------------------------------------------------
// CommonMark and GFM as the corpus writes them

#[test]
fn gfm_table_with_alignment() {
    // zh-cn/partner-center/azure-roles-perms-pec.md:26-29
    let r = render(
        "|**角色**   |**说明**   |**可用 PEC**   |\n|-----------------|:------------------|:--------------|\n|所有者  |您可以管理所有内容，包括对资源的访问权限。|是|\n|参与者 |除授予资源访问权限外，你还可以管理所有内容。|是|\n",
    );
    insta::assert_snapshot!(r.html);
    insta::assert_json_snapshot!("gfm_table_with_alignment_blocks", r.blocks);
}

#[test]
fn fenced_code_block() {
    // zh-cn/partner-center/partner-security-requirements-mandating-mfa.md:134-140
    let r = render(
        "``` csharp\nHTTP/1.1 401 Unauthorized - MFA required\nTransfer-Encoding: chunked\nRequest-Context: appId=cid-v1:03ce8ca8-8373-4021-8f25-d5dd45c7b12f\nWWW-Authenticate: Bearer error=\"invalid_token\"\n```\n",
    );
    insta::assert_snapshot!(r.html);
    insta::assert_json_snapshot!("fenced_code_block_blocks", r.blocks);
}

#[test]
fn code_block_docfx_markers_stay_text() {
    // A fence holding DocFX syntax renders it as code, not as constructs.
    insta::assert_snapshot!(html(
        "```md\n> [!NOTE]\n> 如果 **交易注册** 项未显示在交易进度栏中。\n:::image type=\"content\" source=\"images/a.png\" alt-text=\"a\":::\n```\n"
    ));
}

#[test]
fn relative_and_site_root_links() {
    // zh-cn/partner-center/announcements/2020-january.md:56,
    // zh-cn/partner-center/give-customers-permission.md:47,
    // zh-cn/partner-center/add-licenses-or-services-to-an-existing-subscription.md:29,
    // pl-pl/partner-center/assign-licenses-to-users.md:89, an in-docset site-root link
    // and an external one.
    let r = render(
        "- [详细了解合作伙伴中心](../azure-plan-get-started.md)\n- 你可以使用合作伙伴中心仪表板或 [合作伙伴中心 api](/partner-center/develop/manage-customers)打开 (或关闭) 客户权限。\n- 请参阅[切换到不同的 Microsoft 365 商业应用版计划](/microsoft-365/commerce/subscriptions/switch-to-a-different-plan)。\n- W [Azure Marketplace produktu](csp-commercial-marketplace-manage.md#assign-licenses-and-activate-a-subscription-on-behalf-of-a-customer)przypisanie licencji\n- [概述](/partner-center/overview)\n- [仪表板](https://partner.microsoft.com/dashboard) 和 [本页](#top)\n",
    );
    insta::assert_snapshot!(r.html);
    insta::assert_json_snapshot!("relative_and_site_root_links_facts", facts(&r));
}

#[test]
fn bilingual_side_by_side_spans() {
    // corpus-sxs/zh-cn/partner-center/pci-roles.md:19-21
    let r = render(
        "# <a name=\"role-based-access-control-to-the-partner-center-insights-dashboard\"></a><span data-ttu-id=\"c34b3-104\">对 合作伙伴中心 Insights 仪表板的基于角色的访问控制</span><span class=\"sxs-lookup\"><span data-stu-id=\"c34b3-104\">Role-based access control to the Partner Center Insights dashboard</span></span>\n\n<span data-ttu-id=\"c34b3-105\">**适当的角色**：全局管理员|管理代理|报表查看器|执行报表查看器</span><span class=\"sxs-lookup\"><span data-stu-id=\"c34b3-105\">**Appropriate roles**: Global admin | Admin agent | Report viewer | Executive report viewer</span></span>\n",
    );
    insta::assert_snapshot!(r.html);
    insta::assert_json_snapshot!("bilingual_side_by_side_spans_facts", facts(&r));
}

#[test]
fn raw_html_line_breaks_and_superscript() {
    // zh-cn/partner-center/vat-info.md:71, zh-cn/partner-center/learn-about-competencies.md:52
    // (under a header row), pl-pl/partner-center/announcements/2020-february.md:331.
    insta::assert_snapshot!(html(
        "| 国家/地区 | 格式 |\n|---|---|\n|马耳他 |-VAT 数字格式：2个字母和8个数字<br/>-国家/地区代码： MT</br>-示例： MT12345678<br/>-注意：首个字符将始终为 \"MT\"。 |\n|业务应用程序 | - 云业务应用程序</br> - 企业资源计划 (ERP)</br> - 项目及项目组合 |\n\n- 4<sup>lutego</sup>2020 r.: opublikowano oryginalne zawiadomienie\n"
    ));
}

#[test]
fn raw_html_anchor_with_empty_href() {
    // pl-pl/partner-center/assign-licenses-to-users.md:32: a bookmark written as raw HTML.
    let r = render("<a href=\"\" id=\"createuseraccounts\"></a>\n\n## Tworzenie kont użytkowników\n");
    insta::assert_snapshot!(r.html);
    assert!(r.anchors.contains(&"createuseraccounts".to_string()), "{:?}", r.anchors);
}

#[test]
fn raw_html_pre_code_block() {
    // zh-tw/partner-center/autopilot.md:176-180 (opening lines; the block closes later).
    insta::assert_snapshot!(html(
        "如果您不知道要為製造商名稱和裝置型號放置哪些值，您可以在裝置上執行，以收集正確的值：\n\n<pre><code>md c:\\\\HWID\n\nSet-Location c:\\\\HWID\n</code></pre>\n"
    ));
}
