# Textos dos formulários (o esquema de IDs está descrito no início de locales/en-us/forms.ftl).

## Shared

form-locale = pt-br
form-error-prefix = Erro:{" "}
form-error-summary-title = Há um problema
form-optional = (opcional)
form-select-choose = Escolha uma opção
form-check = Verificar a declaração
form-download = Baixar JSON
form-print = Imprimir a declaração
form-clear = Limpar o formulário
form-checklist-title = Lista de verificação
form-checklist-progress = Itens concluídos: { $done } de { $total }
form-status-complete = Concluído
form-status-incomplete = Não concluído
form-status-not-needed = Não necessário
form-draft-offer = Há um rascunho desta declaração salvo neste navegador.
form-draft-offer-hint = Restaure-o para continuar ou descarte-o. Nada de novo é salvo até você escolher.
form-draft-restore = Restaurar o rascunho
form-draft-discard = Descartar o rascunho
form-draft-restored = O rascunho foi restaurado.
form-draft-discarded = O rascunho foi descartado.
form-saved-locally = O que você insere fica somente neste navegador, como rascunho para este idioma. Nada é enviado para lugar nenhum.
form-no-script = Verificar as respostas, manter um rascunho e baixar exigem JavaScript. Você ainda pode ler e imprimir este formulário.
form-cleared = O formulário foi limpo e o rascunho dele, removido.
form-valid = Nenhum problema encontrado. Baixe ou imprima a declaração e insira-a no Partner Center.
form-print-title = Resumo da declaração

## CPOR claim

cpor-claim-title = Preparar a declaração de associação de cliente
cpor-claim-intro = Insira as informações de que a declaração precisa, verificadas de acordo com as regras do Partner Center. Depois, baixe-a ou imprima-a e insira-a no Partner Center.
cpor-claim-checklist-lead = Você precisará das seguintes informações para concluir uma declaração:
cpor-claim-terms-locale = pt-br

cpor-claim-item-1 = ID do MPN
cpor-claim-item-2 = Nome de domínio do cliente
cpor-claim-item-3 = ID do diretório (locatário) do cliente
cpor-claim-item-4 = Área de solução
cpor-claim-item-5 = Atividade e tipo de declaração
cpor-claim-item-6 = Contato do cliente
cpor-claim-item-7 = Contato técnico do cliente (Dynamics 365)
cpor-claim-item-8 = Contato da sua empresa
cpor-claim-item-9 = Nome da declaração
cpor-claim-item-10 = Produtos ou cargas de trabalho
cpor-claim-item-11 = Prova de execução (PoE)
cpor-claim-item-12 = Detalhes da associação de receita

# Nomes de campos em negrito na lista de verificação do artigo, como a tradução em português
# (Brasil) do artigo os escreve (terminologia da Microsoft; o corpus não tem o artigo pt-br).
cpor-claim-term-mpn-id = ID do MPN
cpor-claim-term-domain-name = nome de domínio
cpor-claim-term-directory-id = ID do diretório
cpor-claim-term-tenant-id = ID do locatário
cpor-claim-term-solution-area = Área de solução
cpor-claim-term-activity = Atividade
cpor-claim-term-customer-contact-name = Nome do contato
cpor-claim-term-technical-contact = contato técnico
cpor-claim-term-partner-contact-name = Nome do contato
cpor-claim-term-claim-name = Nome
cpor-claim-term-products = Produtos
cpor-claim-term-proof-of-execution = Prova de execução
cpor-claim-term-dynamics-seller-name = Nome do vendedor da solução Dynamics
cpor-claim-term-customer-name = Nome do cliente
cpor-claim-term-isv-solution-name = Nome do produto/solução ISV

cpor-claim-group-customer-contact = Contato do seu cliente
cpor-claim-group-technical-contact = Contato técnico do seu cliente
cpor-claim-group-partner-contact = Contato da sua empresa
cpor-claim-required-when-solution-area-business-applications = Obrigatório para declarações de Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Somente para declarações de associação de receita.

cpor-claim-mpn-id-label = ID do MPN
cpor-claim-mpn-id-hint = A ID da Microsoft Partner Network do local do parceiro que faz a declaração, somente dígitos, por exemplo, 1234567.
cpor-claim-mpn-id-error-required = Insira sua ID do MPN
cpor-claim-mpn-id-error-format = A ID do MPN deve conter somente dígitos, por exemplo, 1234567

cpor-claim-customer-domain-label = Nome de domínio do cliente
cpor-claim-customer-domain-hint = Por exemplo, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Insira o nome de domínio do cliente
cpor-claim-customer-domain-error-format = Insira um nome de domínio no formato correto, por exemplo, contoso.onmicrosoft.com

cpor-claim-tenant-id-label = ID do diretório (locatário) do cliente
cpor-claim-tenant-id-hint = A ID do diretório também é chamada de ID do locatário: 32 dígitos hexadecimais em cinco grupos, por exemplo, 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Insira a ID do diretório (locatário) do cliente
cpor-claim-tenant-id-error-format = Insira a ID do diretório (locatário) no formato correto, por exemplo, 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Área de solução
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Selecione a área de solução

cpor-claim-claim-type-label = Atividade e tipo de declaração
cpor-claim-claim-type-pre-sales = Pré-vendas
cpor-claim-claim-type-usage = Uso
cpor-claim-claim-type-revenue-association = Associação de receita
cpor-claim-claim-type-revenue-association-hint = Somente Business Applications
cpor-claim-claim-type-revenue-association-error = A associação de receita é somente para Business Applications: selecione Business Applications ou outro tipo de declaração
cpor-claim-claim-type-error-required = Selecione o tipo de declaração

cpor-claim-dynamics-seller-name-label = Nome do vendedor da solução Dynamics
cpor-claim-dynamics-seller-name-error-required = Insira o nome do vendedor da solução Dynamics
cpor-claim-customer-name-label = Nome do cliente
cpor-claim-customer-name-error-required = Insira o nome do cliente
cpor-claim-isv-solution-name-label = Nome do produto ou da solução ISV
cpor-claim-isv-solution-name-error-required = Insira o nome do produto ou da solução ISV

cpor-claim-customer-contact-name-label = Nome
cpor-claim-customer-contact-name-error-required = Insira o nome do contato do seu cliente
cpor-claim-customer-contact-title-label = Cargo
cpor-claim-customer-contact-title-error-required = Insira o cargo do contato do seu cliente
cpor-claim-customer-contact-email-label = Endereço de email
cpor-claim-customer-contact-email-error-required = Insira o endereço de email do contato do seu cliente
cpor-claim-customer-contact-email-error-format = Insira um endereço de email no formato correto, por exemplo, name@example.com

cpor-claim-technical-contact-name-label = Nome
cpor-claim-technical-contact-name-error-required = Insira o nome do contato técnico do seu cliente
cpor-claim-technical-contact-title-label = Cargo
cpor-claim-technical-contact-title-error-required = Insira o cargo do contato técnico do seu cliente
cpor-claim-technical-contact-email-label = Endereço de email
cpor-claim-technical-contact-email-error-required = Insira o endereço de email do contato técnico do seu cliente
cpor-claim-technical-contact-email-error-format = Insira um endereço de email no formato correto, por exemplo, name@example.com

cpor-claim-partner-contact-name-label = Nome
cpor-claim-partner-contact-name-error-required = Insira o nome do contato da sua empresa
cpor-claim-partner-contact-email-label = Endereço de email
cpor-claim-partner-contact-email-error-required = Insira o endereço de email do contato da sua empresa
cpor-claim-partner-contact-email-error-format = Insira um endereço de email no formato correto, por exemplo, name@example.com

cpor-claim-claim-name-label = Nome da declaração
cpor-claim-claim-name-hint = Um nome que você escolhe para esta declaração, para encontrá-la novamente no Partner Center.
cpor-claim-claim-name-error-required = Insira um nome para a declaração

cpor-claim-products-label = Produtos ou cargas de trabalho
cpor-claim-products-hint = Os produtos ou as cargas de trabalho que você está declarando, por exemplo, Exchange Online ou Dynamics 365 Sales.
cpor-claim-products-error-required = Insira os produtos ou as cargas de trabalho que você está declarando

cpor-claim-subscription-id-label = ID da assinatura
cpor-claim-subscription-id-hint = Somente para Dynamics 365, quando o produto declarado tem mais de uma assinatura para este cliente. Um GUID, por exemplo, 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Insira a ID da assinatura no formato correto, por exemplo, 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Prova de execução (PoE)
cpor-claim-proof-of-execution-hint = Descreva a prova, como uma especificação de trabalho assinada pelo cliente. O documento em si é anexado no Partner Center.
cpor-claim-proof-of-execution-error-required = Descreva a prova de execução
