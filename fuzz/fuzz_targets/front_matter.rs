//! Front matter: `docloc::content::front_matter::split` then `parse_block` on any text.
#![no_main]

use docloc::content::front_matter;
use docloc::diagnostic::LineIndex;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let index = LineIndex::new(&text);
    let mut diags = Vec::new();
    if let Ok(split) = front_matter::split(&text, "zh-cn/docs/a.md") {
        assert!(split.yaml.0 <= split.yaml.1 && split.yaml.1 <= text.len() && split.body <= text.len());
        let meta = front_matter::parse_block(&text, split.yaml, &index, "zh-cn/docs/a.md", &mut diags);
        let _ = front_matter::metadata_block_positions(&text, &index);
        let _ = meta.title;
    }
    for d in &diags {
        if let Some(s) = &d.span {
            assert!(s.line >= 1 && s.column >= 1);
        }
    }
});
