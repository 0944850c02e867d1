# docloc bilingual-page strings: Kazakh (Kazakhstan) (kk-kz). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Ағылшынша көрсету
bilingual-show-translation = Аударманы көрсету
bilingual-hint = Сөйлемнің ағылшынша түпнұсқасын көру үшін оны меңзеңіз немесе таңдаңыз.
