# Textos de los formularios (el esquema de identificadores se describe al principio de locales/en-us/forms.ftl).

## Shared

form-locale = es-es
form-error-prefix = Error:{" "}
form-error-summary-title = Hay un problema
form-optional = (opcional)
form-select-choose = Elija una opción
form-check = Comprobar la reclamación
form-download = Descargar JSON
form-print = Imprimir la reclamación
form-clear = Borrar el formulario
form-checklist-title = Lista de comprobación
form-checklist-progress = Elementos completados: { $done } de { $total }
form-status-complete = Completado
form-status-incomplete = Sin completar
form-status-not-needed = No es necesario
form-draft-offer = Hay un borrador de esta reclamación guardado en este explorador.
form-draft-offer-hint = Restáurelo para continuar o descártelo. No se guarda nada nuevo hasta que elija.
form-draft-restore = Restaurar el borrador
form-draft-discard = Descartar el borrador
form-draft-restored = Se ha restaurado el borrador.
form-draft-discarded = Se ha descartado el borrador.
form-saved-locally = Lo que escriba solo se guarda en este explorador, como borrador para este idioma. No se envía nada a ningún sitio.
form-no-script = Para comprobar las respuestas, guardar un borrador y descargar se necesita JavaScript. Aun así, puede leer e imprimir este formulario.
form-cleared = Se ha borrado el formulario y se ha quitado su borrador.
form-valid = No se han encontrado problemas. Descargue o imprima la reclamación y, después, especifíquela en el Centro de partners.
form-print-title = Resumen de la reclamación

## CPOR claim

cpor-claim-title = Preparar la reclamación de asociación de clientes
cpor-claim-intro = Escriba la información que necesita la reclamación; se comprueba con las reglas del Centro de partners. Después, descárguela o imprímala y especifíquela en el Centro de partners.
cpor-claim-checklist-lead = Necesitará la siguiente información para completar una reclamación:
cpor-claim-terms-locale = es-es

cpor-claim-item-1 = Id. de MPN
cpor-claim-item-2 = Nombre de dominio del cliente
cpor-claim-item-3 = Id. de directorio (inquilino) del cliente
cpor-claim-item-4 = Área de solución
cpor-claim-item-5 = Actividad y tipo de reclamación
cpor-claim-item-6 = Contacto del cliente
cpor-claim-item-7 = Contacto técnico del cliente (Dynamics 365)
cpor-claim-item-8 = Contacto de su empresa
cpor-claim-item-9 = Nombre de la reclamación
cpor-claim-item-10 = Productos o cargas de trabajo
cpor-claim-item-11 = Prueba de ejecución (PoE)
cpor-claim-item-12 = Detalles de la asociación de ingresos

# Nombres de campo en negrita de la lista de comprobación del artículo, tal como los escribe la
# traducción al español del artículo (terminología de Microsoft; el corpus no tiene el artículo es-es).
cpor-claim-term-mpn-id = Id. de MPN
cpor-claim-term-domain-name = nombre de dominio
cpor-claim-term-directory-id = Id. de directorio
cpor-claim-term-tenant-id = Id. de inquilino
cpor-claim-term-solution-area = Área de solución
cpor-claim-term-activity = Actividad
cpor-claim-term-customer-contact-name = Nombre de contacto
cpor-claim-term-technical-contact = contacto técnico
cpor-claim-term-partner-contact-name = Nombre de contacto
cpor-claim-term-claim-name = Nombre
cpor-claim-term-products = Productos
cpor-claim-term-proof-of-execution = Prueba de ejecución
cpor-claim-term-dynamics-seller-name = Nombre del vendedor de la solución Dynamics
cpor-claim-term-customer-name = Nombre del cliente
cpor-claim-term-isv-solution-name = Nombre del producto o solución de ISV

cpor-claim-group-customer-contact = Contacto de su cliente
cpor-claim-group-technical-contact = Contacto técnico de su cliente
cpor-claim-group-partner-contact = Contacto de su empresa
cpor-claim-required-when-solution-area-business-applications = Obligatorio en las reclamaciones de Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Solo para las reclamaciones de asociación de ingresos.

cpor-claim-mpn-id-label = Id. de MPN
cpor-claim-mpn-id-hint = El identificador de Microsoft Partner Network de la ubicación del partner que presenta la reclamación, solo con dígitos, por ejemplo, 1234567.
cpor-claim-mpn-id-error-required = Escriba su id. de MPN
cpor-claim-mpn-id-error-format = El id. de MPN solo puede contener dígitos, por ejemplo, 1234567

cpor-claim-customer-domain-label = Nombre de dominio del cliente
cpor-claim-customer-domain-hint = Por ejemplo, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Escriba el nombre de dominio del cliente
cpor-claim-customer-domain-error-format = Escriba un nombre de dominio con el formato correcto, por ejemplo, contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Id. de directorio (inquilino) del cliente
cpor-claim-tenant-id-hint = El id. de directorio también se denomina id. de inquilino: 32 dígitos hexadecimales en cinco grupos, por ejemplo, 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Escriba el id. de directorio (inquilino) del cliente
cpor-claim-tenant-id-error-format = Escriba el id. de directorio (inquilino) con el formato correcto, por ejemplo, 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Área de solución
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Seleccione el área de solución

cpor-claim-claim-type-label = Actividad y tipo de reclamación
cpor-claim-claim-type-pre-sales = Preventa
cpor-claim-claim-type-usage = Uso
cpor-claim-claim-type-revenue-association = Asociación de ingresos
cpor-claim-claim-type-revenue-association-hint = Solo Business Applications
cpor-claim-claim-type-revenue-association-error = La asociación de ingresos es solo para Business Applications: seleccione Business Applications u otro tipo de reclamación
cpor-claim-claim-type-error-required = Seleccione el tipo de reclamación

cpor-claim-dynamics-seller-name-label = Nombre del vendedor de la solución Dynamics
cpor-claim-dynamics-seller-name-error-required = Escriba el nombre del vendedor de la solución Dynamics
cpor-claim-customer-name-label = Nombre del cliente
cpor-claim-customer-name-error-required = Escriba el nombre del cliente
cpor-claim-isv-solution-name-label = Nombre del producto o la solución de ISV
cpor-claim-isv-solution-name-error-required = Escriba el nombre del producto o la solución de ISV

cpor-claim-customer-contact-name-label = Nombre
cpor-claim-customer-contact-name-error-required = Escriba el nombre del contacto de su cliente
cpor-claim-customer-contact-title-label = Cargo
cpor-claim-customer-contact-title-error-required = Escriba el cargo del contacto de su cliente
cpor-claim-customer-contact-email-label = Dirección de correo electrónico
cpor-claim-customer-contact-email-error-required = Escriba la dirección de correo electrónico del contacto de su cliente
cpor-claim-customer-contact-email-error-format = Escriba una dirección de correo electrónico con el formato correcto, por ejemplo, name@example.com

cpor-claim-technical-contact-name-label = Nombre
cpor-claim-technical-contact-name-error-required = Escriba el nombre del contacto técnico de su cliente
cpor-claim-technical-contact-title-label = Cargo
cpor-claim-technical-contact-title-error-required = Escriba el cargo del contacto técnico de su cliente
cpor-claim-technical-contact-email-label = Dirección de correo electrónico
cpor-claim-technical-contact-email-error-required = Escriba la dirección de correo electrónico del contacto técnico de su cliente
cpor-claim-technical-contact-email-error-format = Escriba una dirección de correo electrónico con el formato correcto, por ejemplo, name@example.com

cpor-claim-partner-contact-name-label = Nombre
cpor-claim-partner-contact-name-error-required = Escriba el nombre del contacto de su empresa
cpor-claim-partner-contact-email-label = Dirección de correo electrónico
cpor-claim-partner-contact-email-error-required = Escriba la dirección de correo electrónico del contacto de su empresa
cpor-claim-partner-contact-email-error-format = Escriba una dirección de correo electrónico con el formato correcto, por ejemplo, name@example.com

cpor-claim-claim-name-label = Nombre de la reclamación
cpor-claim-claim-name-hint = Un nombre que elija para esta reclamación, para encontrarla de nuevo en el Centro de partners.
cpor-claim-claim-name-error-required = Escriba un nombre para la reclamación

cpor-claim-products-label = Productos o cargas de trabajo
cpor-claim-products-hint = Los productos o cargas de trabajo que reclama, por ejemplo, Exchange Online o Dynamics 365 Sales.
cpor-claim-products-error-required = Escriba los productos o cargas de trabajo que reclama

cpor-claim-subscription-id-label = Id. de suscripción
cpor-claim-subscription-id-hint = Solo para Dynamics 365, cuando el producto que reclama tiene más de una suscripción para este cliente. Un GUID, por ejemplo, 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Escriba el id. de suscripción con el formato correcto, por ejemplo, 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Prueba de ejecución (PoE)
cpor-claim-proof-of-execution-hint = Describa la prueba, como una declaración de trabajo firmada por el cliente. El documento en sí se adjunta en el Centro de partners.
cpor-claim-proof-of-execution-error-required = Describa la prueba de ejecución
