# docloc bilingual-page strings: Thai (Thailand) (th-th). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = แสดงภาษาอังกฤษ
bilingual-show-translation = แสดงคำแปล
bilingual-hint = ชี้หรือเลือกประโยคเพื่อดูต้นฉบับภาษาอังกฤษ
