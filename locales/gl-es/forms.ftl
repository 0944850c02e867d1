# Textos dos formularios (o esquema de identificadores descríbese ao comezo de locales/en-us/forms.ftl).

## Shared

form-locale = gl-es
form-error-prefix = Erro:{" "}
form-error-summary-title = Hai un problema
form-optional = (opcional)
form-select-choose = Escolle unha opción
form-check = Comprobar a reclamación
form-download = Descargar JSON
form-print = Imprimir a reclamación
form-clear = Borrar o formulario
form-checklist-title = Lista de comprobación
form-checklist-progress = Elementos completados: { $done } de { $total }
form-status-complete = Completado
form-status-incomplete = Sen completar
form-status-not-needed = Non é necesario
form-draft-offer = Neste navegador hai un borrador gardado desta reclamación.
form-draft-offer-hint = Restáurao para continuar ou descártao. Non se garda nada novo ata que escollas.
form-draft-restore = Restaurar o borrador
form-draft-discard = Descartar o borrador
form-draft-restored = Restaurouse o borrador.
form-draft-discarded = Descartouse o borrador.
form-saved-locally = O que escribas só se garda neste navegador, como borrador para este idioma. Non se envía nada a ningures.
form-no-script = Para comprobar as respostas, gardar un borrador e descargar é necesario JavaScript. Aínda así, podes ler e imprimir este formulario.
form-cleared = Borrouse o formulario e eliminouse o seu borrador.
form-valid = Non se atopou ningún problema. Descarga ou imprime a reclamación e, despois, introdúcea no Centro de partners.
form-print-title = Resumo da reclamación

## CPOR claim

cpor-claim-title = Prepara a reclamación de asociación de clientes
cpor-claim-intro = Introduce a información que necesita a reclamación; compróbase segundo as regras do Centro de partners. Despois, descárgaa ou imprímea e introdúcea no Centro de partners.
cpor-claim-checklist-lead = Necesitarás a seguinte información para completar unha reclamación:
cpor-claim-terms-locale = gl-es

cpor-claim-item-1 = ID de MPN
cpor-claim-item-2 = Nome de dominio do cliente
cpor-claim-item-3 = ID do directorio (inquilino) do cliente
cpor-claim-item-4 = Área de solución
cpor-claim-item-5 = Actividade e tipo de reclamación
cpor-claim-item-6 = Contacto do cliente
cpor-claim-item-7 = Contacto técnico do cliente (Dynamics 365)
cpor-claim-item-8 = Contacto da túa empresa
cpor-claim-item-9 = Nome da reclamación
cpor-claim-item-10 = Produtos ou cargas de traballo
cpor-claim-item-11 = Proba de execución (PoE)
cpor-claim-item-12 = Detalles da asociación de ingresos

# Nomes dos campos en negra na lista de comprobación do artigo, tal como os escribe a tradución
# galega do artigo (terminoloxía de Microsoft; o corpus non ten o artigo gl-es).
cpor-claim-term-mpn-id = ID de MPN
cpor-claim-term-domain-name = nome de dominio
cpor-claim-term-directory-id = ID do directorio
cpor-claim-term-tenant-id = ID do inquilino
cpor-claim-term-solution-area = Área de solución
cpor-claim-term-activity = Actividade
cpor-claim-term-customer-contact-name = Nome do contacto
cpor-claim-term-technical-contact = contacto técnico
cpor-claim-term-partner-contact-name = Nome do contacto
cpor-claim-term-claim-name = nome
cpor-claim-term-products = Produtos
cpor-claim-term-proof-of-execution = Proba de execución
cpor-claim-term-dynamics-seller-name = Nome do vendedor da solución de Dynamics
cpor-claim-term-customer-name = Nome do cliente
cpor-claim-term-isv-solution-name = Nome do produto ou solución do ISV

cpor-claim-group-customer-contact = Contacto do teu cliente
cpor-claim-group-technical-contact = Contacto técnico do teu cliente
cpor-claim-group-partner-contact = Contacto da túa empresa
cpor-claim-required-when-solution-area-business-applications = Obrigatorio nas reclamacións de Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Só para as reclamacións de asociación de ingresos.

cpor-claim-mpn-id-label = ID de MPN
cpor-claim-mpn-id-hint = O ID de Microsoft Partner Network da localización do partner que fai a reclamación, só con díxitos, por exemplo, 1234567.
cpor-claim-mpn-id-error-required = Introduce o teu ID de MPN
cpor-claim-mpn-id-error-format = O ID de MPN só pode conter díxitos, por exemplo, 1234567

cpor-claim-customer-domain-label = Nome de dominio do cliente
cpor-claim-customer-domain-hint = Por exemplo, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Introduce o nome de dominio do cliente
cpor-claim-customer-domain-error-format = Introduce un nome de dominio co formato correcto, por exemplo, contoso.onmicrosoft.com

cpor-claim-tenant-id-label = ID do directorio (inquilino) do cliente
cpor-claim-tenant-id-hint = O ID do directorio tamén se chama ID do inquilino: 32 díxitos hexadecimais en cinco grupos, por exemplo, 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Introduce o ID do directorio (inquilino) do cliente
cpor-claim-tenant-id-error-format = Introduce o ID do directorio (inquilino) co formato correcto, por exemplo, 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Área de solución
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Selecciona a área de solución

cpor-claim-claim-type-label = Actividade e tipo de reclamación
cpor-claim-claim-type-pre-sales = Preventa
cpor-claim-claim-type-usage = Uso
cpor-claim-claim-type-revenue-association = Asociación de ingresos
cpor-claim-claim-type-revenue-association-hint = Só Business Applications
cpor-claim-claim-type-revenue-association-error = A asociación de ingresos só é para Business Applications: selecciona Business Applications ou outro tipo de reclamación
cpor-claim-claim-type-error-required = Selecciona o tipo de reclamación

cpor-claim-dynamics-seller-name-label = Nome do vendedor da solución de Dynamics
cpor-claim-dynamics-seller-name-error-required = Introduce o nome do vendedor da solución de Dynamics
cpor-claim-customer-name-label = Nome do cliente
cpor-claim-customer-name-error-required = Introduce o nome do cliente
cpor-claim-isv-solution-name-label = Nome do produto ou da solución do ISV
cpor-claim-isv-solution-name-error-required = Introduce o nome do produto ou da solución do ISV

cpor-claim-customer-contact-name-label = Nome
cpor-claim-customer-contact-name-error-required = Introduce o nome do contacto do teu cliente
cpor-claim-customer-contact-title-label = Cargo
cpor-claim-customer-contact-title-error-required = Introduce o cargo do contacto do teu cliente
cpor-claim-customer-contact-email-label = Enderezo de correo electrónico
cpor-claim-customer-contact-email-error-required = Introduce o enderezo de correo electrónico do contacto do teu cliente
cpor-claim-customer-contact-email-error-format = Introduce un enderezo de correo electrónico co formato correcto, por exemplo, name@example.com

cpor-claim-technical-contact-name-label = Nome
cpor-claim-technical-contact-name-error-required = Introduce o nome do contacto técnico do teu cliente
cpor-claim-technical-contact-title-label = Cargo
cpor-claim-technical-contact-title-error-required = Introduce o cargo do contacto técnico do teu cliente
cpor-claim-technical-contact-email-label = Enderezo de correo electrónico
cpor-claim-technical-contact-email-error-required = Introduce o enderezo de correo electrónico do contacto técnico do teu cliente
cpor-claim-technical-contact-email-error-format = Introduce un enderezo de correo electrónico co formato correcto, por exemplo, name@example.com

cpor-claim-partner-contact-name-label = Nome
cpor-claim-partner-contact-name-error-required = Introduce o nome do contacto da túa empresa
cpor-claim-partner-contact-email-label = Enderezo de correo electrónico
cpor-claim-partner-contact-email-error-required = Introduce o enderezo de correo electrónico do contacto da túa empresa
cpor-claim-partner-contact-email-error-format = Introduce un enderezo de correo electrónico co formato correcto, por exemplo, name@example.com

cpor-claim-claim-name-label = Nome da reclamación
cpor-claim-claim-name-hint = Un nome que escollas para esta reclamación, para atopala de novo no Centro de partners.
cpor-claim-claim-name-error-required = Introduce un nome para a reclamación

cpor-claim-products-label = Produtos ou cargas de traballo
cpor-claim-products-hint = Os produtos ou as cargas de traballo que reclamas, por exemplo, Exchange Online ou Dynamics 365 Sales.
cpor-claim-products-error-required = Introduce os produtos ou as cargas de traballo que reclamas

cpor-claim-subscription-id-label = ID da subscrición
cpor-claim-subscription-id-hint = Só para Dynamics 365, cando o produto que reclamas ten máis dunha subscrición para este cliente. Un GUID, por exemplo, 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Introduce o ID da subscrición co formato correcto, por exemplo, 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Proba de execución (PoE)
cpor-claim-proof-of-execution-hint = Describe a proba, como unha declaración de traballo asinada polo cliente. O documento en si achégalo no Centro de partners.
cpor-claim-proof-of-execution-error-required = Describe a proba de execución
