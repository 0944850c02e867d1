# docloc bilingual-page strings: Latvian (Latvia) (lv-lv). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Rādīt angļu valodā
bilingual-show-translation = Rādīt tulkojumu
bilingual-hint = Norādiet uz teikumu vai atlasiet to, lai redzētu tā avotu angļu valodā.
