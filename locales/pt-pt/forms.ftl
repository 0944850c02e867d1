# Textos dos formulários (o esquema de IDs está descrito no início de locales/en-us/forms.ftl).

## Shared

form-locale = pt-pt
form-error-prefix = Erro:{" "}
form-error-summary-title = Existe um problema
form-optional = (opcional)
form-select-choose = Escolha uma opção
form-check = Verificar a reivindicação
form-download = Transferir JSON
form-print = Imprimir a reivindicação
form-clear = Limpar o formulário
form-checklist-title = Lista de verificação
form-checklist-progress = Itens concluídos: { $done } de { $total }
form-status-complete = Concluído
form-status-incomplete = Não concluído
form-status-not-needed = Não necessário
form-draft-offer = Existe um rascunho desta reivindicação guardado neste browser.
form-draft-offer-hint = Restaure-o para continuar ou elimine-o. Não é guardado nada de novo até escolher.
form-draft-restore = Restaurar o rascunho
form-draft-discard = Eliminar o rascunho
form-draft-restored = O rascunho foi restaurado.
form-draft-discarded = O rascunho foi eliminado.
form-saved-locally = O que introduzir fica guardado apenas neste browser, como rascunho para este idioma. Não é enviado nada para nenhum lado.
form-no-script = A verificação das respostas, o rascunho e a transferência requerem JavaScript. Continua a poder ler e imprimir este formulário.
form-cleared = O formulário foi limpo e o respetivo rascunho removido.
form-valid = Não foram encontrados problemas. Transfira ou imprima a reivindicação e, em seguida, introduza-a no Centro de Parceiros.
form-print-title = Resumo da reivindicação

## CPOR claim

cpor-claim-title = Preparar a reivindicação de associação de clientes
cpor-claim-intro = Introduza as informações de que a reivindicação precisa, verificadas de acordo com as regras do Centro de Parceiros. Em seguida, transfira-a ou imprima-a e introduza-a no Centro de Parceiros.
cpor-claim-checklist-lead = Precisará das seguintes informações para concluir uma reivindicação:
cpor-claim-terms-locale = pt-pt

cpor-claim-item-1 = ID do MPN
cpor-claim-item-2 = Nome de domínio do cliente
cpor-claim-item-3 = ID do diretório (inquilino) do cliente
cpor-claim-item-4 = Área de solução
cpor-claim-item-5 = Atividade e tipo de reivindicação
cpor-claim-item-6 = Contacto do cliente
cpor-claim-item-7 = Contacto técnico do cliente (Dynamics 365)
cpor-claim-item-8 = Contacto da sua empresa
cpor-claim-item-9 = Nome da reivindicação
cpor-claim-item-10 = Produtos ou cargas de trabalho
cpor-claim-item-11 = Prova de execução (PoE)
cpor-claim-item-12 = Detalhes da associação de receitas

# Nomes dos campos a negrito na lista de verificação do artigo, tal como a tradução em português
# (Portugal) do artigo os escreve (terminologia da Microsoft; o corpus não tem o artigo pt-pt).
cpor-claim-term-mpn-id = ID do MPN
cpor-claim-term-domain-name = nome de domínio
cpor-claim-term-directory-id = ID do diretório
cpor-claim-term-tenant-id = ID do inquilino
cpor-claim-term-solution-area = Área de solução
cpor-claim-term-activity = Atividade
cpor-claim-term-customer-contact-name = Nome do contacto
cpor-claim-term-technical-contact = contacto técnico
cpor-claim-term-partner-contact-name = Nome do contacto
cpor-claim-term-claim-name = Nome
cpor-claim-term-products = Produtos
cpor-claim-term-proof-of-execution = Prova de execução
cpor-claim-term-dynamics-seller-name = Nome do vendedor da solução Dynamics
cpor-claim-term-customer-name = Nome do cliente
cpor-claim-term-isv-solution-name = Nome do produto/solução ISV

cpor-claim-group-customer-contact = Contacto do seu cliente
cpor-claim-group-technical-contact = Contacto técnico do seu cliente
cpor-claim-group-partner-contact = Contacto da sua empresa
cpor-claim-required-when-solution-area-business-applications = Obrigatório em reivindicações de Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Apenas para reivindicações de associação de receitas.

cpor-claim-mpn-id-label = ID do MPN
cpor-claim-mpn-id-hint = O ID da Microsoft Partner Network da localização do parceiro que faz a reivindicação, apenas com dígitos, por exemplo, 1234567.
cpor-claim-mpn-id-error-required = Introduza o seu ID do MPN
cpor-claim-mpn-id-error-format = O ID do MPN só pode conter dígitos, por exemplo, 1234567

cpor-claim-customer-domain-label = Nome de domínio do cliente
cpor-claim-customer-domain-hint = Por exemplo, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Introduza o nome de domínio do cliente
cpor-claim-customer-domain-error-format = Introduza um nome de domínio no formato correto, por exemplo, contoso.onmicrosoft.com

cpor-claim-tenant-id-label = ID do diretório (inquilino) do cliente
cpor-claim-tenant-id-hint = O ID do diretório também se chama ID do inquilino: 32 dígitos hexadecimais em cinco grupos, por exemplo, 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Introduza o ID do diretório (inquilino) do cliente
cpor-claim-tenant-id-error-format = Introduza o ID do diretório (inquilino) no formato correto, por exemplo, 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Área de solução
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Selecione a área de solução

cpor-claim-claim-type-label = Atividade e tipo de reivindicação
cpor-claim-claim-type-pre-sales = Pré-venda
cpor-claim-claim-type-usage = Utilização
cpor-claim-claim-type-revenue-association = Associação de receitas
cpor-claim-claim-type-revenue-association-hint = Apenas Business Applications
cpor-claim-claim-type-revenue-association-error = A associação de receitas aplica-se apenas a Business Applications: selecione Business Applications ou outro tipo de reivindicação
cpor-claim-claim-type-error-required = Selecione o tipo de reivindicação

cpor-claim-dynamics-seller-name-label = Nome do vendedor da solução Dynamics
cpor-claim-dynamics-seller-name-error-required = Introduza o nome do vendedor da solução Dynamics
cpor-claim-customer-name-label = Nome do cliente
cpor-claim-customer-name-error-required = Introduza o nome do cliente
cpor-claim-isv-solution-name-label = Nome do produto ou da solução ISV
cpor-claim-isv-solution-name-error-required = Introduza o nome do produto ou da solução ISV

cpor-claim-customer-contact-name-label = Nome
cpor-claim-customer-contact-name-error-required = Introduza o nome do contacto do seu cliente
cpor-claim-customer-contact-title-label = Cargo
cpor-claim-customer-contact-title-error-required = Introduza o cargo do contacto do seu cliente
cpor-claim-customer-contact-email-label = Endereço de e-mail
cpor-claim-customer-contact-email-error-required = Introduza o endereço de e-mail do contacto do seu cliente
cpor-claim-customer-contact-email-error-format = Introduza um endereço de e-mail no formato correto, por exemplo, name@example.com

cpor-claim-technical-contact-name-label = Nome
cpor-claim-technical-contact-name-error-required = Introduza o nome do contacto técnico do seu cliente
cpor-claim-technical-contact-title-label = Cargo
cpor-claim-technical-contact-title-error-required = Introduza o cargo do contacto técnico do seu cliente
cpor-claim-technical-contact-email-label = Endereço de e-mail
cpor-claim-technical-contact-email-error-required = Introduza o endereço de e-mail do contacto técnico do seu cliente
cpor-claim-technical-contact-email-error-format = Introduza um endereço de e-mail no formato correto, por exemplo, name@example.com

cpor-claim-partner-contact-name-label = Nome
cpor-claim-partner-contact-name-error-required = Introduza o nome do contacto da sua empresa
cpor-claim-partner-contact-email-label = Endereço de e-mail
cpor-claim-partner-contact-email-error-required = Introduza o endereço de e-mail do contacto da sua empresa
cpor-claim-partner-contact-email-error-format = Introduza um endereço de e-mail no formato correto, por exemplo, name@example.com

cpor-claim-claim-name-label = Nome da reivindicação
cpor-claim-claim-name-hint = Um nome à sua escolha para esta reivindicação, para a encontrar novamente no Centro de Parceiros.
cpor-claim-claim-name-error-required = Introduza um nome para a reivindicação

cpor-claim-products-label = Produtos ou cargas de trabalho
cpor-claim-products-hint = Os produtos ou as cargas de trabalho que está a reivindicar, por exemplo, Exchange Online ou Dynamics 365 Sales.
cpor-claim-products-error-required = Introduza os produtos ou as cargas de trabalho que está a reivindicar

cpor-claim-subscription-id-label = ID da subscrição
cpor-claim-subscription-id-hint = Apenas para Dynamics 365, quando o produto reivindicado tem mais do que uma subscrição para este cliente. Um GUID, por exemplo, 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Introduza o ID da subscrição no formato correto, por exemplo, 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Prova de execução (PoE)
cpor-claim-proof-of-execution-hint = Descreva a prova, como uma especificação de trabalho assinada pelo cliente. O documento propriamente dito é anexado no Centro de Parceiros.
cpor-claim-proof-of-execution-error-required = Descreva a prova de execução
