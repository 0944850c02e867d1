//! YAML scalar spans: `docloc::yaml::scalar_spans` and every span's map on any text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(spans) = docloc::yaml::scalar_spans(&text) else { return };
    for s in spans {
        assert!(s.start <= s.end && s.end <= text.len());
        let map = s.map_value(&text, &s.value);
        for (i, _) in s.value.char_indices() {
            let r = map.range(i..s.value.len());
            assert!(r.start <= r.end && r.end <= text.len());
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        }
    }
});
