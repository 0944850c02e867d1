# Textos dels formularis (l’esquema d’identificadors es descriu al principi de locales/en-us/forms.ftl).

## Shared

form-locale = ca-es
form-error-prefix = Error:{" "}
form-error-summary-title = Hi ha un problema
form-optional = (opcional)
form-select-choose = Trieu una opció
form-check = Comprova la reclamació
form-download = Baixa el JSON
form-print = Imprimeix la reclamació
form-clear = Esborra el formulari
form-checklist-title = Llista de comprovació
form-checklist-progress = Elements completats: { $done } de { $total }
form-status-complete = Completat
form-status-incomplete = Sense completar
form-status-not-needed = No cal
form-draft-offer = Hi ha un esborrany d’aquesta reclamació desat en aquest navegador.
form-draft-offer-hint = Restaureu-lo per continuar o descarteu-lo. No es desa res de nou fins que no trieu.
form-draft-restore = Restaura l’esborrany
form-draft-discard = Descarta l’esborrany
form-draft-restored = S’ha restaurat l’esborrany.
form-draft-discarded = S’ha descartat l’esborrany.
form-saved-locally = El que escriviu només es desa en aquest navegador, com a esborrany per a aquest idioma. No s’envia res enlloc.
form-no-script = Per comprovar les respostes, desar un esborrany i baixar cal JavaScript. Tot i així, podeu llegir i imprimir aquest formulari.
form-cleared = S’ha esborrat el formulari i se n’ha suprimit l’esborrany.
form-valid = No s’ha trobat cap problema. Baixeu o imprimiu la reclamació i, després, introduïu-la al Centre de partners.
form-print-title = Resum de la reclamació

## CPOR claim

cpor-claim-title = Prepareu la reclamació d’associació de clients
cpor-claim-intro = Introduïu la informació que necessita la reclamació; es comprova segons les regles del Centre de partners. Després, baixeu-la o imprimiu-la i introduïu-la al Centre de partners.
cpor-claim-checklist-lead = Necessitareu la informació següent per completar una reclamació:
cpor-claim-terms-locale = ca-es

cpor-claim-item-1 = Identificador de l’MPN
cpor-claim-item-2 = Nom de domini del client
cpor-claim-item-3 = Identificador del directori (inquilí) del client
cpor-claim-item-4 = Àrea de solució
cpor-claim-item-5 = Activitat i tipus de reclamació
cpor-claim-item-6 = Contacte del client
cpor-claim-item-7 = Contacte tècnic del client (Dynamics 365)
cpor-claim-item-8 = Contacte de la vostra empresa
cpor-claim-item-9 = Nom de la reclamació
cpor-claim-item-10 = Productes o càrregues de treball
cpor-claim-item-11 = Prova d’execució (PoE)
cpor-claim-item-12 = Detalls de l’associació d’ingressos

# Noms dels camps en negreta de la llista de comprovació de l’article, tal com els escriu la
# traducció catalana de l’article (terminologia de Microsoft; el corpus no té l’article ca-es).
cpor-claim-term-mpn-id = identificador de l’MPN
cpor-claim-term-domain-name = nom de domini
cpor-claim-term-directory-id = identificador del directori
cpor-claim-term-tenant-id = identificador de l’inquilí
cpor-claim-term-solution-area = Àrea de solució
cpor-claim-term-activity = Activitat
cpor-claim-term-customer-contact-name = Nom del contacte
cpor-claim-term-technical-contact = contacte tècnic
cpor-claim-term-partner-contact-name = Nom del contacte
cpor-claim-term-claim-name = nom
cpor-claim-term-products = Productes
cpor-claim-term-proof-of-execution = Prova d’execució
cpor-claim-term-dynamics-seller-name = Nom del venedor de la solució del Dynamics
cpor-claim-term-customer-name = Nom del client
cpor-claim-term-isv-solution-name = Nom del producte o la solució de l’ISV

cpor-claim-group-customer-contact = Contacte del vostre client
cpor-claim-group-technical-contact = Contacte tècnic del vostre client
cpor-claim-group-partner-contact = Contacte de la vostra empresa
cpor-claim-required-when-solution-area-business-applications = Obligatori per a les reclamacions de Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Només per a les reclamacions d’associació d’ingressos.

cpor-claim-mpn-id-label = Identificador de l’MPN
cpor-claim-mpn-id-hint = L’identificador de Microsoft Partner Network de la ubicació del partner que fa la reclamació, només amb dígits, per exemple, 1234567.
cpor-claim-mpn-id-error-required = Introduïu el vostre identificador de l’MPN
cpor-claim-mpn-id-error-format = L’identificador de l’MPN només pot contenir dígits, per exemple, 1234567

cpor-claim-customer-domain-label = Nom de domini del client
cpor-claim-customer-domain-hint = Per exemple, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Introduïu el nom de domini del client
cpor-claim-customer-domain-error-format = Introduïu un nom de domini amb el format correcte, per exemple, contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Identificador del directori (inquilí) del client
cpor-claim-tenant-id-hint = L’identificador del directori també s’anomena identificador de l’inquilí: 32 dígits hexadecimals en cinc grups, per exemple, 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Introduïu l’identificador del directori (inquilí) del client
cpor-claim-tenant-id-error-format = Introduïu l’identificador del directori (inquilí) amb el format correcte, per exemple, 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Àrea de solució
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Seleccioneu l’àrea de solució

cpor-claim-claim-type-label = Activitat i tipus de reclamació
cpor-claim-claim-type-pre-sales = Preventa
cpor-claim-claim-type-usage = Ús
cpor-claim-claim-type-revenue-association = Associació d’ingressos
cpor-claim-claim-type-revenue-association-hint = Només Business Applications
cpor-claim-claim-type-revenue-association-error = L’associació d’ingressos només és per a Business Applications: seleccioneu Business Applications o un altre tipus de reclamació
cpor-claim-claim-type-error-required = Seleccioneu el tipus de reclamació

cpor-claim-dynamics-seller-name-label = Nom del venedor de la solució del Dynamics
cpor-claim-dynamics-seller-name-error-required = Introduïu el nom del venedor de la solució del Dynamics
cpor-claim-customer-name-label = Nom del client
cpor-claim-customer-name-error-required = Introduïu el nom del client
cpor-claim-isv-solution-name-label = Nom del producte o la solució de l’ISV
cpor-claim-isv-solution-name-error-required = Introduïu el nom del producte o la solució de l’ISV

cpor-claim-customer-contact-name-label = Nom
cpor-claim-customer-contact-name-error-required = Introduïu el nom del contacte del vostre client
cpor-claim-customer-contact-title-label = Càrrec
cpor-claim-customer-contact-title-error-required = Introduïu el càrrec del contacte del vostre client
cpor-claim-customer-contact-email-label = Adreça electrònica
cpor-claim-customer-contact-email-error-required = Introduïu l’adreça electrònica del contacte del vostre client
cpor-claim-customer-contact-email-error-format = Introduïu una adreça electrònica amb el format correcte, per exemple, name@example.com

cpor-claim-technical-contact-name-label = Nom
cpor-claim-technical-contact-name-error-required = Introduïu el nom del contacte tècnic del vostre client
cpor-claim-technical-contact-title-label = Càrrec
cpor-claim-technical-contact-title-error-required = Introduïu el càrrec del contacte tècnic del vostre client
cpor-claim-technical-contact-email-label = Adreça electrònica
cpor-claim-technical-contact-email-error-required = Introduïu l’adreça electrònica del contacte tècnic del vostre client
cpor-claim-technical-contact-email-error-format = Introduïu una adreça electrònica amb el format correcte, per exemple, name@example.com

cpor-claim-partner-contact-name-label = Nom
cpor-claim-partner-contact-name-error-required = Introduïu el nom del contacte de la vostra empresa
cpor-claim-partner-contact-email-label = Adreça electrònica
cpor-claim-partner-contact-email-error-required = Introduïu l’adreça electrònica del contacte de la vostra empresa
cpor-claim-partner-contact-email-error-format = Introduïu una adreça electrònica amb el format correcte, per exemple, name@example.com

cpor-claim-claim-name-label = Nom de la reclamació
cpor-claim-claim-name-hint = Un nom que trieu per a aquesta reclamació, per tornar-la a trobar al Centre de partners.
cpor-claim-claim-name-error-required = Introduïu un nom per a la reclamació

cpor-claim-products-label = Productes o càrregues de treball
cpor-claim-products-hint = Els productes o les càrregues de treball que reclameu, per exemple, Exchange Online o Dynamics 365 Sales.
cpor-claim-products-error-required = Introduïu els productes o les càrregues de treball que reclameu

cpor-claim-subscription-id-label = Identificador de la subscripció
cpor-claim-subscription-id-hint = Només per al Dynamics 365, quan el producte que reclameu té més d’una subscripció per a aquest client. Un GUID, per exemple, 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Introduïu l’identificador de la subscripció amb el format correcte, per exemple, 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Prova d’execució (PoE)
cpor-claim-proof-of-execution-hint = Descriviu la prova, com ara una declaració de treball signada pel client. El document en si l’adjunteu al Centre de partners.
cpor-claim-proof-of-execution-error-required = Descriviu la prova d’execució
