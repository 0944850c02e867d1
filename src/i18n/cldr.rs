//! CLDR locale data for the theme stage: long dates, locale autonyms and text direction.
//!
//! The one place docloc talks to [ICU4X](https://icu4x.unicode.org/) (the `icu_*` 2.x
//! crates). All data is ICU4X's compiled data, baked into the binary: no data files are
//! read at run time. Formatters are built per call (a few microseconds each, measured
//! at about 2 µs) because ICU4X's baked formatters are not `Send`, and [`super::I18n`]
//! is shared across rayon workers.
//!
//! Locale codes come in as docloc's folder names (`zh-cn`, `sr-latn-rs`); they are
//! parsed as BCP 47 language identifiers, case-insensitively.

use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::YMD;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_locale::names::{
    DisplayNamesPreferences, LanguageDisplay, LanguageIdentifierDisplayName, LanguageIdentifierDisplayNameOptions,
};
use icu_locale::{LanguageIdentifier, Locale, LocaleDirectionality};
use writeable::TryWriteable;

/// Parses a locale code (`zh-cn`, `ZH_tw`) as a BCP 47 language identifier.
fn parse(code: &str) -> Option<LanguageIdentifier> {
    LanguageIdentifier::try_from_str(&code.trim().replace('_', "-")).ok()
}

/// The `standard` (not `dialect`) display name of `subject` in `locale`, with CLDR's
/// locale pattern: `Deutsch (Deutschland)`, `English (United States)`. `None` when
/// CLDR's common-language data has no name for the language (the formatter then falls
/// back to raw subtags, which is not a name).
fn display_name(locale: &LanguageIdentifier, subject: &LanguageIdentifier) -> Option<String> {
    let prefs = DisplayNamesPreferences::from(&Locale::from(locale.clone()));
    let mut options = LanguageIdentifierDisplayNameOptions::default();
    options.language_display = Some(LanguageDisplay::Standard);
    let name = LanguageIdentifierDisplayName::try_new_light(prefs, subject.clone(), options).ok()?;
    let text = name.as_borrowed().try_write_to_string().ok()?.into_owned();
    Some(text)
}

/// Whether CLDR (ICU4X's common-language set) knows the language of `code`: it has a
/// name for the language in the language itself. Codes that do not parse are unknown.
pub(crate) fn knows(code: &str) -> bool {
    parse(code).is_some_and(|id| {
        let language = LanguageIdentifier::from(id.language);
        display_name(&language, &language).is_some()
    })
}

/// The locale's name in its own language, as a language switcher lists it: CLDR's
/// standard display name of the locale in that locale (`Deutsch (Deutschland)`,
/// `français (Canada)`, `srpski (latinica, Srbija)`), its first letter upper-cased the
/// way CLDR's `contextTransforms` (`uiListOrMenu`: `titlecase-firstword`) ask for menu
/// items (`Français (Canada)`; caseless scripts are unchanged).
///
/// A region or script CLDR cannot name (`de-xx`) leaves the language's own name
/// (`Deutsch`). `None` when `code` does not parse or CLDR has no name for its language.
pub(crate) fn autonym(code: &str) -> Option<String> {
    let id = parse(code)?;
    let name = display_name(&id, &id).or_else(|| {
        let language = LanguageIdentifier::from(id.language);
        display_name(&language, &language)
    })?;
    let mut chars = name.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// A Gregorian date in `code`'s CLDR long date style (ICU4X's `YMD::long()` semantic
/// field set): `20. Mai 2021` (de), `2021年5月20日` (zh, ja), `٢٠ مايو ٢٠٢١` (ar-SA,
/// with CLDR's default Arabic-Indic digits).
///
/// The calendar is always Gregorian, whatever the locale's CLDR default (Islamic
/// Umm al-Qura for ar-SA, Buddhist for th-TH): `ms.date` is Gregorian and Microsoft
/// Learn shows Gregorian dates. `None` when `code` does not parse, the date does not
/// exist (month 13, 30 February), or no formatter can be built.
pub(crate) fn long_date(code: &str, year: i32, month: u32, day: u32) -> Option<String> {
    let id = parse(code)?;
    let date = Date::try_new_gregorian(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?).ok()?;
    let locale = Locale::from(id);
    let formatter = FixedCalendarDateTimeFormatter::<Gregorian, YMD>::try_new((&locale).into(), YMD::long()).ok()?;
    Some(formatter.format(&date).to_string())
}

/// Whether text in locale `code` runs right to left, from its (likely) script's CLDR
/// direction: `ar-sa`, `he-il`, `fa`, `ur`, `az-arab` are; `az`, `en-us` and codes
/// that do not parse or name no known language are not. Uses the extended
/// likely-subtags set, so rarer languages such as `yi` and `dv` are covered.
pub(crate) fn is_right_to_left(code: &str) -> bool {
    // A `const fn` over baked data: building it is free; it is not `Sync`, so no static.
    parse(code).is_some_and(|id| LocaleDirectionality::new_extended().is_right_to_left(&id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directions_come_from_the_script() {
        for rtl in ["ar-sa", "he-il", "fa-ir", "ur", "yi", "dv", "ckb", "az-Arab", "pa-PK"] {
            assert!(is_right_to_left(rtl), "{rtl}");
        }
        for ltr in ["en-us", "az", "nb-no", "sr-latn-rs", "ja-jp", "pa-in", "not a tag", "xx"] {
            assert!(!is_right_to_left(ltr), "{ltr}");
        }
    }

    #[test]
    fn unknown_languages_have_no_name() {
        assert!(knows("de-xx"));
        assert!(knows("ZH_tw"));
        assert!(!knows("xx-yy"));
        assert!(!knows("tlh"));
        assert!(!knows("not a tag"));
        assert_eq!(autonym("xx-yy"), None);
        assert_eq!(autonym(""), None);
        assert_eq!(autonym("de-xx").as_deref(), Some("Deutsch"));
        assert_eq!(autonym("fr-ca").as_deref(), Some("Français (Canada)"));
    }

    #[test]
    fn impossible_dates_are_not_formatted() {
        assert_eq!(long_date("de-de", 2021, 2, 30), None);
        assert_eq!(long_date("de-de", 2021, 13, 1), None);
        assert_eq!(long_date("de-de", 2021, 256 + 5, 20), None);
        assert_eq!(long_date("not a tag", 2021, 5, 20), None);
        assert_eq!(long_date("de-de", 2024, 2, 29).as_deref(), Some("29. Februar 2024"));
    }
}
