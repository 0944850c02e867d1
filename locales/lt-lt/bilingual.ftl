# docloc bilingual-page strings: Lithuanian (Lithuania) (lt-lt). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Rodyti anglų kalba
bilingual-show-translation = Rodyti vertimą
bilingual-hint = Nurodykite sakinį arba jį pasirinkite, kad pamatytumėte jo originalą anglų kalba.
