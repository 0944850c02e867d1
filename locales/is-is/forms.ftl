# Textar eyðublaða (auðkennakerfinu er lýst efst í locales/en-us/forms.ftl).

## Shared

form-locale = is-is
form-error-prefix = Villa:{" "}
form-error-summary-title = Vandamál kom upp
form-optional = (valfrjálst)
form-select-choose = Veldu valkost
form-check = Athuga kröfuna
form-download = Sækja JSON
form-print = Prenta kröfuna
form-clear = Hreinsa eyðublaðið
form-checklist-title = Gátlisti
form-checklist-progress = Loknir liðir: { $done } af { $total }
form-status-complete = Lokið
form-status-incomplete = Ólokið
form-status-not-needed = Ekki þörf
form-draft-offer = Drög að þessari kröfu eru vistuð í þessum vafra.
form-draft-offer-hint = Endurheimtu þau til að halda áfram eða fleygðu þeim. Ekkert nýtt er vistað fyrr en þú hefur valið.
form-draft-restore = Endurheimta drögin
form-draft-discard = Fleygja drögunum
form-draft-restored = Drögin hafa verið endurheimt.
form-draft-discarded = Drögunum hefur verið fleygt.
form-saved-locally = Það sem þú slærð inn er aðeins geymt í þessum vafra, sem drög fyrir þetta tungumál. Ekkert er sent neitt.
form-no-script = JavaScript þarf til að athuga svörin, geyma drög og sækja. Þú getur samt lesið og prentað þetta eyðublað.
form-cleared = Eyðublaðið hefur verið hreinsað og drögin fjarlægð.
form-valid = Engin vandamál fundust. Sæktu eða prentaðu kröfuna og sláðu hana síðan inn í Partner Center.
form-print-title = Yfirlit kröfu

## CPOR claim

cpor-claim-title = Undirbúa kröfu um tengingu viðskiptavinar
cpor-claim-intro = Sláðu inn það sem krafan þarfnast. Það er athugað samkvæmt reglum Partner Center. Sæktu síðan kröfuna eða prentaðu hana og sláðu hana inn í Partner Center.
cpor-claim-checklist-lead = Þú þarft eftirfarandi upplýsingar til að ljúka kröfu:
cpor-claim-terms-locale = is-is

cpor-claim-item-1 = MPN-auðkenni
cpor-claim-item-2 = Lénsheiti viðskiptavinar
cpor-claim-item-3 = Auðkenni skráasafns (leigjanda) viðskiptavinar
cpor-claim-item-4 = Lausnasvið
cpor-claim-item-5 = Aðgerð og tegund kröfu
cpor-claim-item-6 = Tengiliður viðskiptavinar
cpor-claim-item-7 = Tæknilegur tengiliður viðskiptavinar (Dynamics 365)
cpor-claim-item-8 = Tengiliður fyrirtækisins þíns
cpor-claim-item-9 = Heiti kröfu
cpor-claim-item-10 = Vörur eða vinnuálag
cpor-claim-item-11 = Sönnun á framkvæmd (PoE)
cpor-claim-item-12 = Upplýsingar um tekjutengingu

# Feitletruð heiti reita í gátlista greinarinnar, eins og íslensk þýðing greinarinnar skrifar þau
# (hugtakanotkun Microsoft; engin is-is-grein er í safninu).
cpor-claim-term-mpn-id = MPN-auðkenni
cpor-claim-term-domain-name = lénsheiti
cpor-claim-term-directory-id = auðkenni skráasafns
cpor-claim-term-tenant-id = auðkenni leigjanda
cpor-claim-term-solution-area = Lausnasvið
cpor-claim-term-activity = Aðgerð
cpor-claim-term-customer-contact-name = Nafn tengiliðar
cpor-claim-term-technical-contact = tæknilegs tengiliðar
cpor-claim-term-partner-contact-name = Nafn tengiliðar
cpor-claim-term-claim-name = heiti
cpor-claim-term-products = Vörur
cpor-claim-term-proof-of-execution = Sönnun á framkvæmd
cpor-claim-term-dynamics-seller-name = Nafn seljanda Dynamics-lausnar
cpor-claim-term-customer-name = Nafn viðskiptavinar
cpor-claim-term-isv-solution-name = Heiti ISV-vöru/-lausnar

cpor-claim-group-customer-contact = Tengiliður viðskiptavinarins
cpor-claim-group-technical-contact = Tæknilegur tengiliður viðskiptavinarins
cpor-claim-group-partner-contact = Tengiliður fyrirtækisins þíns
cpor-claim-required-when-solution-area-business-applications = Áskilið í kröfum fyrir Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Aðeins fyrir kröfur um tekjutengingu.

cpor-claim-mpn-id-label = MPN-auðkenni
cpor-claim-mpn-id-hint = Microsoft Partner Network-auðkenni staðsetningar samstarfsaðilans sem gerir kröfuna, aðeins tölustafir, til dæmis 1234567.
cpor-claim-mpn-id-error-required = Sláðu inn MPN-auðkennið þitt
cpor-claim-mpn-id-error-format = MPN-auðkennið má aðeins innihalda tölustafi, til dæmis 1234567

cpor-claim-customer-domain-label = Lénsheiti viðskiptavinar
cpor-claim-customer-domain-hint = Til dæmis contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Sláðu inn lénsheiti viðskiptavinarins
cpor-claim-customer-domain-error-format = Sláðu inn lénsheiti á réttu sniði, til dæmis contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Auðkenni skráasafns (leigjanda) viðskiptavinar
cpor-claim-tenant-id-hint = Auðkenni skráasafns er líka kallað auðkenni leigjanda: 32 sextándakerfistölustafir í fimm hópum, til dæmis 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Sláðu inn auðkenni skráasafns (leigjanda) viðskiptavinarins
cpor-claim-tenant-id-error-format = Sláðu inn auðkenni skráasafns (leigjanda) á réttu sniði, til dæmis 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Lausnasvið
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Veldu lausnasvið

cpor-claim-claim-type-label = Aðgerð og tegund kröfu
cpor-claim-claim-type-pre-sales = Forsala
cpor-claim-claim-type-usage = Notkun
cpor-claim-claim-type-revenue-association = Tekjutenging
cpor-claim-claim-type-revenue-association-hint = Aðeins Business Applications
cpor-claim-claim-type-revenue-association-error = Tekjutenging á aðeins við um Business Applications: veldu Business Applications eða aðra tegund kröfu
cpor-claim-claim-type-error-required = Veldu tegund kröfu

cpor-claim-dynamics-seller-name-label = Nafn seljanda Dynamics-lausnarinnar
cpor-claim-dynamics-seller-name-error-required = Sláðu inn nafn seljanda Dynamics-lausnarinnar
cpor-claim-customer-name-label = Nafn viðskiptavinar
cpor-claim-customer-name-error-required = Sláðu inn nafn viðskiptavinarins
cpor-claim-isv-solution-name-label = Heiti ISV-vörunnar eða -lausnarinnar
cpor-claim-isv-solution-name-error-required = Sláðu inn heiti ISV-vörunnar eða -lausnarinnar

cpor-claim-customer-contact-name-label = Nafn
cpor-claim-customer-contact-name-error-required = Sláðu inn nafn tengiliðar viðskiptavinarins
cpor-claim-customer-contact-title-label = Starfsheiti
cpor-claim-customer-contact-title-error-required = Sláðu inn starfsheiti tengiliðar viðskiptavinarins
cpor-claim-customer-contact-email-label = Netfang
cpor-claim-customer-contact-email-error-required = Sláðu inn netfang tengiliðar viðskiptavinarins
cpor-claim-customer-contact-email-error-format = Sláðu inn netfang á réttu sniði, til dæmis name@example.com

cpor-claim-technical-contact-name-label = Nafn
cpor-claim-technical-contact-name-error-required = Sláðu inn nafn tæknilegs tengiliðar viðskiptavinarins
cpor-claim-technical-contact-title-label = Starfsheiti
cpor-claim-technical-contact-title-error-required = Sláðu inn starfsheiti tæknilegs tengiliðar viðskiptavinarins
cpor-claim-technical-contact-email-label = Netfang
cpor-claim-technical-contact-email-error-required = Sláðu inn netfang tæknilegs tengiliðar viðskiptavinarins
cpor-claim-technical-contact-email-error-format = Sláðu inn netfang á réttu sniði, til dæmis name@example.com

cpor-claim-partner-contact-name-label = Nafn
cpor-claim-partner-contact-name-error-required = Sláðu inn nafn tengiliðar fyrirtækisins þíns
cpor-claim-partner-contact-email-label = Netfang
cpor-claim-partner-contact-email-error-required = Sláðu inn netfang tengiliðar fyrirtækisins þíns
cpor-claim-partner-contact-email-error-format = Sláðu inn netfang á réttu sniði, til dæmis name@example.com

cpor-claim-claim-name-label = Heiti kröfu
cpor-claim-claim-name-hint = Heiti sem þú velur fyrir þessa kröfu, til að finna hana aftur í Partner Center.
cpor-claim-claim-name-error-required = Sláðu inn heiti fyrir kröfuna

cpor-claim-products-label = Vörur eða vinnuálag
cpor-claim-products-hint = Vörurnar eða vinnuálagið sem krafan nær til, til dæmis Exchange Online eða Dynamics 365 Sales.
cpor-claim-products-error-required = Sláðu inn vörurnar eða vinnuálagið sem krafan nær til

cpor-claim-subscription-id-label = Áskriftarauðkenni
cpor-claim-subscription-id-hint = Aðeins fyrir Dynamics 365, þegar varan sem krafan nær til er með fleiri en eina áskrift fyrir þennan viðskiptavin. GUID, til dæmis 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Sláðu inn áskriftarauðkennið á réttu sniði, til dæmis 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Sönnun á framkvæmd (PoE)
cpor-claim-proof-of-execution-hint = Lýstu sönnuninni, til dæmis verklýsingu sem viðskiptavinurinn hefur undirritað. Sjálft skjalið hengir þú við í Partner Center.
cpor-claim-proof-of-execution-error-required = Lýstu sönnuninni á framkvæmd
