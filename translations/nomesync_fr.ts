<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountDirectory</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>No Account with the ID %1 exists in this Salesforce org (it may have been deleted, or belong to another org).</source>
        <translation>Aucun compte avec l&apos;ID %1 n&apos;existe dans cette org Salesforce (il a peut-être été supprimé, ou appartient à une autre org).</translation>
    </message>
    <message>
        <source>The Salesforce org could not be asked whether the account exists.</source>
        <translation>Impossible de demander à l&apos;org Salesforce si le compte existe.</translation>
    </message>
    <message>
        <source>Could not check the account in Salesforce: %1</source>
        <translation>Impossible de vérifier le compte dans Salesforce : %1</translation>
    </message>
    <message>
        <source>Could not search the accounts: %1</source>
        <translation>Impossible de rechercher les comptes : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Salesforce ID.</source>
        <translation>« %1 » n&apos;est pas un ID Salesforce valide.</translation>
    </message>
    <message>
        <source>Could not read the accounts: %1</source>
        <translation>Impossible de lire les comptes : %1</translation>
    </message>
    <message>
        <source>Could not describe the Account object: %1</source>
        <translation>Impossible de décrire l&apos;objet Account : %1</translation>
    </message>
</context>
<context>
    <name>AccountSearchModel</name>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID du compte</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
</context>
<context>
    <name>AppLauncher</name>
    <message>
        <source>NomeSync syncs Metronome billing data into the Metronome package objects of a Salesforce org.

Run without arguments to open the app.</source>
        <translation>NomeSync synchronise les données de facturation Metronome vers les objets du package Metronome d&apos;une org Salesforce.

Lancé sans arguments, il ouvre l&apos;application.</translation>
    </message>
    <message>
        <source>Keep workspaces and logs in &lt;dir&gt; instead of the default data folder (also NOMESYNC_DATA_DIR).</source>
        <translation>Conserver les espaces de travail et les journaux dans &lt;dir&gt; au lieu du dossier de données par défaut (aussi NOMESYNC_DATA_DIR).</translation>
    </message>
    <message>
        <source>Offer the local sandbox described by the JSON file &lt;file&gt; (written by nomesync-sandbox --info-file).</source>
        <translation>Proposer la sandbox locale décrite par le fichier JSON &lt;file&gt; (écrit par nomesync-sandbox --info-file).</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit Log — %1</source>
        <translation>Journal d&apos;audit — %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>What happened, in full</source>
        <translation>Ce qui s&apos;est passé, en détail</translation>
    </message>
    <message>
        <source>No link changes in this workspace yet.</source>
        <translation>Aucune modification de lien dans cet espace de travail pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No link changes for %1 yet.</source>
        <translation>Aucune modification de lien pour %1 pour l&apos;instant.</translation>
    </message>
    <message>
        <source>1 change.</source>
        <translation>1 modification.</translation>
    </message>
    <message>
        <source>%1 changes, newest first.</source>
        <translation>%1 modifications, les plus récentes en premier.</translation>
    </message>
    <message>
        <source>%1 by %2 at %3
Customer: %4
Before: %5
After: %6

%7</source>
        <translation>%1 par %2 le %3
Client : %4
Avant : %5
Après : %6

%7</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Linked</source>
        <translation>Lié</translation>
    </message>
    <message>
        <source>Further account added</source>
        <translation>Compte supplémentaire ajouté</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Délié</translation>
    </message>
    <message>
        <source>Further account removed</source>
        <translation>Compte supplémentaire retiré</translation>
    </message>
    <message>
        <source>Records reparented</source>
        <translation>Enregistrements rattachés</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>BulkCsv</name>
    <message>
        <source>text after a closing quote</source>
        <translation>texte après un guillemet fermant</translation>
    </message>
    <message>
        <source>unterminated quoted value</source>
        <translation>valeur entre guillemets non terminée</translation>
    </message>
    <message>
        <source>CSV row %1: %2</source>
        <translation>Ligne CSV %1 : %2</translation>
    </message>
    <message>
        <source>CSV row %1 has %2 values; the header has %3.</source>
        <translation>La ligne CSV %1 a %2 valeurs ; l&apos;en-tête en a %3.</translation>
    </message>
    <message>
        <source>The CSV has no header row.</source>
        <translation>Le fichier CSV n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
</context>
<context>
    <name>BulkLinkDialog</name>
    <message>
        <source>Link Customers from a CSV File</source>
        <translation>Lier des clients depuis un fichier CSV</translation>
    </message>
    <message>
        <source>One link per row: the customer&apos;s Metronome ID or ingest alias, then the Salesforce Account ID. A header row is optional. Every row is checked first; nothing is written until you press Link.</source>
        <translation>Un lien par ligne : l&apos;ID Metronome ou l&apos;alias d&apos;ingestion du client, puis l&apos;ID du compte Salesforce. La ligne d&apos;en-tête est facultative. Chaque ligne est d&apos;abord vérifiée ; rien n&apos;est écrit avant que vous cliquiez sur Lier.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Line %1 · %2%3</source>
        <translation>Ligne %1 · %2%3</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Link no further rows; the rows in progress finish</source>
        <translation>Ne plus lier de lignes ; les lignes en cours se terminent</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Save &amp;Result File…</source>
        <translation>Enregistrer le fichier de &amp;résultat…</translation>
    </message>
    <message>
        <source>The rows that were not linked, with the reason, as a CSV file</source>
        <translation>Les lignes non liées, avec la raison, dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>Choose a Link File</source>
        <translation>Choisir un fichier de liens</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading and checking the file: customers in the workspace, Account IDs in Salesforce…</source>
        <translation>Lecture et vérification du fichier : clients de l&apos;espace de travail, ID de comptes dans Salesforce…</translation>
    </message>
    <message>
        <source>1 row checked.</source>
        <translation>1 ligne vérifiée.</translation>
    </message>
    <message>
        <source>%1 rows checked.</source>
        <translation>%1 lignes vérifiées.</translation>
    </message>
    <message numerus="yes">
        <source>%n can be linked.</source>
        <translation>
            <numerusform>%n peut être lié.</numerusform>
            <numerusform>%n peuvent être liés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already linked (nothing to do).</source>
        <translation>
            <numerusform>%n déjà lié (rien à faire).</numerusform>
            <numerusform>%n déjà liés (rien à faire).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems will be left out (see Details; Save Result File lists them).</source>
        <translation>
            <numerusform>%n avec des problèmes sera ignoré (voir Détails ; « Enregistrer le fichier de résultat » les liste).</numerusform>
            <numerusform>%n avec des problèmes seront ignorés (voir Détails ; « Enregistrer le fichier de résultat » les liste).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Rien n&apos;a encore été écrit.</translation>
    </message>
    <message>
        <source>%v of %m linked</source>
        <translation>%v sur %m liés</translation>
    </message>
    <message>
        <source>Linking in Metronome and moving the records in Salesforce…</source>
        <translation>Liaison dans Metronome et déplacement des enregistrements dans Salesforce…</translation>
    </message>
    <message>
        <source>Customers linked: %1; records reparented: %2.</source>
        <translation>Clients liés : %1 ; enregistrements rattachés : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n en échec.</numerusform>
            <numerusform>%n en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked with Salesforce records left for the next sync.</source>
        <translation>
            <numerusform>%n lié, les enregistrements Salesforce suivront à la prochaine synchronisation.</numerusform>
            <numerusform>%n liés, les enregistrements Salesforce suivront à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: the remaining rows were not linked.</source>
        <translation>Arrêté : les lignes restantes n&apos;ont pas été liées.</translation>
    </message>
    <message>
        <source>Save Result File lists the rows that need attention (%1).</source>
        <translation>« Enregistrer le fichier de résultat » liste les lignes qui demandent votre attention (%1).</translation>
    </message>
    <message>
        <source>-not-linked</source>
        <translation>-non-lies</translation>
    </message>
    <message>
        <source>Save the Rows That Were Not Linked</source>
        <translation>Enregistrer les lignes non liées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>&amp;Link 1 Customer</source>
        <translation>&amp;Lier 1 client</translation>
    </message>
    <message>
        <source>&amp;Link %1 Customers</source>
        <translation>&amp;Lier %1 clients</translation>
    </message>
</context>
<context>
    <name>BulkLinkFile</name>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>Le fichier dépasse %1 Mo ; découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Each row needs two values: the customer (Metronome ID or ingest alias) and the Salesforce Account ID.</source>
        <translation>Chaque ligne doit avoir deux valeurs : le client (ID Metronome ou alias d&apos;ingestion) et l&apos;ID du compte Salesforce.</translation>
    </message>
    <message>
        <source>The file has no links in it.</source>
        <translation>Le fichier ne contient aucun lien.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID du compte</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>BulkLinkModel</name>
    <message>
        <source>Linked · 1 record reparented</source>
        <translation>Lié · 1 enregistrement rattaché</translation>
    </message>
    <message>
        <source>Linked · %1 records reparented</source>
        <translation>Lié · %1 enregistrements rattachés</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Customer (file)</source>
        <translation>Client (fichier)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Account ID (file)</source>
        <translation>ID du compte (fichier)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>BurnDownChart</name>
    <message>
        <source>Commit and credit burn-down</source>
        <translation>Consommation des engagements et crédits</translation>
    </message>
    <message>
        <source>Commit and credit burn-down chart</source>
        <translation>Graphique de consommation des engagements et crédits</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>No commit, credit or credit grant has been usable yet.</source>
        <translation>Aucun engagement, crédit ou attribution de crédit n&apos;a encore été utilisable.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Remaining (%1)</source>
        <translation>Restant (%1)</translation>
    </message>
    <message>
        <source>Contract commits and credits: month by month from the invoices&apos; applied commit and credit lines. Grants (dashed): only their posted and pending balances are known.</source>
        <translation>Engagements et crédits des contrats : mois par mois d&apos;après les lignes d&apos;engagement et de crédit appliquées des factures. Attributions (en pointillés) : seuls leurs soldes comptabilisés et en attente sont connus.</translation>
    </message>
    <message>
        <source>Month by month from the invoices&apos; applied commit and credit lines.</source>
        <translation>Mois par mois d&apos;après les lignes d&apos;engagement et de crédit appliquées des factures.</translation>
    </message>
    <message>
        <source>Each line ends at the current balance (draft included) on %1.</source>
        <translation>Chaque courbe se termine au solde actuel (brouillon compris) au %1.</translation>
    </message>
    <message>
        <source>Some balances changed in ways the invoices do not show (manual entries, rollovers); the last step includes that.</source>
        <translation>Certains soldes ont changé d&apos;une façon que les factures ne montrent pas (écritures manuelles, reports) ; la dernière étape en tient compte.</translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expiré)</translation>
    </message>
    <message>
        <source>%1 (not started)</source>
        <translation>%1 (pas commencé)</translation>
    </message>
    <message>
        <source>Lower priorities are drawn down first.</source>
        <translation>Les priorités les plus basses sont consommées en premier.</translation>
    </message>
    <message>
        <source>Grant amount minus every deduction, the current draft invoice included. From finalized invoices alone: %1.</source>
        <translation>Montant attribué moins toutes les déductions, facture brouillon actuelle comprise. D&apos;après les seules factures finalisées : %1.</translation>
    </message>
    <message>
        <source>Total minus every draw, the current draft invoice included. Expired and future access periods count 0.</source>
        <translation>Total moins toutes les consommations, facture brouillon actuelle comprise. Les périodes d&apos;accès expirées ou futures comptent pour 0.</translation>
    </message>
    <message>
        <source>What the customer paid for the grant.</source>
        <translation>Ce que le client a payé pour l&apos;attribution.</translation>
    </message>
    <message>
        <source>What the customer is invoiced for it.</source>
        <translation>Ce qui est facturé au client pour cela.</translation>
    </message>
    <message>
        <source>Total cost divided by the total amount.</source>
        <translation>Coût total divisé par le montant total.</translation>
    </message>
    <message>
        <source>Commit or credit</source>
        <translation>Engagement ou crédit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Access period</source>
        <translation>Période d&apos;accès</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Current balance</source>
        <translation>Solde actuel</translation>
    </message>
    <message>
        <source>Cost basis</source>
        <translation>Base de coût</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
</context>
<context>
    <name>CopyableTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>CsvDownloadController</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1</numerusform>
            <numerusform>%n lignes enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Could not save the CSV: %1</source>
        <translation>Impossible d&apos;enregistrer le fichier CSV : %1</translation>
    </message>
    <message>
        <source>Export All Failures of Run #%1</source>
        <translation>Exporter tous les échecs de l&apos;exécution n° %1</translation>
    </message>
    <message>
        <source>Download Up to %1 Failures of %2</source>
        <translation>Télécharger jusqu&apos;à %1 échecs de %2</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CustomerInsightBuilder</name>
    <message>
        <source>Prepaid commit</source>
        <translation>Engagement prépayé</translation>
    </message>
    <message>
        <source>Postpaid commit</source>
        <translation>Engagement postpayé</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Credit grant (legacy)</source>
        <translation>Attribution de crédit (ancienne)</translation>
    </message>
</context>
<context>
    <name>CustomerInsightWindow</name>
    <message>
        <source>Customer — NomeSync</source>
        <translation>Client — NomeSync</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;Refresh from Metronome</source>
        <translation>&amp;Actualiser depuis Metronome</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Factures</translation>
    </message>
    <message>
        <source>Contracts and plans</source>
        <translation>Contrats et plans</translation>
    </message>
    <message>
        <source>No contract and no plan: Metronome bills this customer nothing.</source>
        <translation>Aucun contrat ni plan : Metronome ne facture rien à ce client.</translation>
    </message>
    <message>
        <source>Commits and credits</source>
        <translation>Engagements et crédits</translation>
    </message>
    <message>
        <source>No commits, credits or credit grants.</source>
        <translation>Aucun engagement, crédit ou attribution de crédit.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Toutes les factures</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Invoices, line items and sub line items</source>
        <translation>Factures, lignes et sous-lignes</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>%1 — Customer — NomeSync</source>
        <translation>%1 — Client — NomeSync</translation>
    </message>
    <message>
        <source>Metronome ID %1</source>
        <translation>ID Metronome %1</translation>
    </message>
    <message>
        <source>not in the workspace yet: run a sync or refresh from Metronome</source>
        <translation>pas encore dans l&apos;espace de travail : lancez une synchronisation ou actualisez depuis Metronome</translation>
    </message>
    <message>
        <source>not linked to a Salesforce account (orphan)</source>
        <translation>lié à aucun compte Salesforce (orphelin)</translation>
    </message>
    <message>
        <source>Salesforce account %1</source>
        <translation>Compte Salesforce %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>figures as of %1</source>
        <translation>chiffres au %1</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>dernière synchronisation %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <source>%1 invoices: %2 draft, %3 finalized, %4 void. Expand an invoice for its line items.</source>
        <translation>%1 factures : %2 brouillon, %3 finalisées, %4 annulées. Dépliez une facture pour voir ses lignes.</translation>
    </message>
    <message>
        <source>&amp;Invoices (%1)</source>
        <translation>&amp;Factures (%1)</translation>
    </message>
    <message>
        <source>Refreshing needs the workspace&apos;s Metronome API token, which this window was not given.</source>
        <translation>L&apos;actualisation nécessite le jeton d&apos;API Metronome de l&apos;espace de travail, qui n&apos;a pas été fourni à cette fenêtre.</translation>
    </message>
    <message>
        <source>A sync of this workspace is running; it reads this customer too.</source>
        <translation>Une synchronisation de cet espace de travail est en cours ; elle lit aussi ce client.</translation>
    </message>
    <message>
        <source>Read this customer&apos;s contracts, invoices, plans, grants and usage from Metronome now, without a sync. Salesforce is not touched. (Ctrl+R)</source>
        <translation>Lire maintenant depuis Metronome les contrats, factures, plans, attributions et la consommation de ce client, sans synchronisation. Salesforce n&apos;est pas modifié. (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reading this customer from Metronome…</source>
        <translation>Lecture de ce client depuis Metronome…</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>%1 (archived in Metronome)</source>
        <translation>%1 (archivé dans Metronome)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Linked to a Salesforce account</source>
        <translation>Lié à un compte Salesforce</translation>
    </message>
    <message>
        <source>Orphan: not linked to any Salesforce account</source>
        <translation>Orphelin : lié à aucun compte Salesforce</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Lié</translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation>Orphelin</translation>
    </message>
    <message>
        <source>Not in Salesforce yet</source>
        <translation>Pas encore dans Salesforce</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Metronome ID</source>
        <translation>ID Metronome</translation>
    </message>
    <message>
        <source>Ingest aliases</source>
        <translation>Alias d&apos;ingestion</translation>
    </message>
    <message>
        <source>Salesforce account(s)</source>
        <translation>Compte(s) Salesforce</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>CustomerRefresh</name>
    <message>
        <source>Workspace &quot;%1&quot; has no Metronome connection yet: finish the setup wizard first.</source>
        <translation>L&apos;espace de travail « %1 » n&apos;a pas encore de connexion à Metronome : terminez d&apos;abord l&apos;assistant de configuration.</translation>
    </message>
    <message>
        <source>This customer is already being refreshed.</source>
        <translation>Ce client est déjà en cours d&apos;actualisation.</translation>
    </message>
</context>
<context>
    <name>CustomerRefreshWorker</name>
    <message>
        <source>The refresh was cancelled.</source>
        <translation>L&apos;actualisation a été annulée.</translation>
    </message>
    <message>
        <source>Metronome could not be read: %1</source>
        <translation>Impossible de lire Metronome : %1</translation>
    </message>
    <message>
        <source>Metronome did not return this customer; nothing was changed.</source>
        <translation>Metronome n&apos;a pas renvoyé ce client ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not save the refreshed rows in the workspace: %1</source>
        <translation>Impossible d&apos;enregistrer les lignes actualisées dans l&apos;espace de travail : %1</translation>
    </message>
    <message>
        <source>Refreshed from Metronome: %1 rows read, %2 no longer there.</source>
        <translation>Actualisé depuis Metronome : %1 lignes lues, %2 n&apos;existent plus.</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Search name, Metronome ID, ingest alias or account (Ctrl+F)</source>
        <translation>Rechercher un nom, un ID Metronome, un alias d&apos;ingestion ou un compte (Ctrl+F)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Lié</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Orphelins</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Avec erreurs</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Lier…</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Link a further Salesforce account to this customer (kept in NomeSync and written to Salesforce)</source>
        <translation>Lier un compte Salesforce supplémentaire à ce client (conservé dans NomeSync et écrit dans Salesforce)</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>&amp;Délier…</translation>
    </message>
    <message>
        <source>&amp;Bulk Link from CSV…</source>
        <translation>Lier en &amp;masse depuis un CSV…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Who linked or unlinked this customer, when, and what moved</source>
        <translation>Qui a lié ou délié ce client, quand, et ce qui a été déplacé</translation>
    </message>
    <message>
        <source>Audit &amp;Log…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Every link change in this workspace</source>
        <translation>Toutes les modifications de liens dans cet espace de travail</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Chargement des clients…</translation>
    </message>
    <message>
        <source>The customers could not be read: %1</source>
        <translation>Impossible de lire les clients : %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>No customers yet: they appear after the first sync.</source>
        <translation>Pas encore de clients : ils apparaissent après la première synchronisation.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 customers</source>
        <translation>%1 clients affichés sur %2</translation>
    </message>
    <message>
        <source>A sync is running; change links when it has finished.</source>
        <translation>Une synchronisation est en cours ; modifiez les liens lorsqu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>Link the selected customer to a Salesforce account (Ctrl+L)</source>
        <translation>Lier le client sélectionné à un compte Salesforce (Ctrl+L)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>Unlink %1 from:</source>
        <translation>Délier %1 de :</translation>
    </message>
    <message>
        <source>Unlink %1 from %2?

Metronome&apos;s link is cleared and the customer&apos;s records in Salesforce no longer point at the account (they move to a further account if it has one).</source>
        <translation>Délier %1 de %2 ?

Le lien dans Metronome est effacé et les enregistrements du client dans Salesforce ne pointent plus vers le compte (ils passent à un compte supplémentaire s&apos;il en a un).</translation>
    </message>
    <message>
        <source>Remove %2 from the further accounts of %1?</source>
        <translation>Retirer %2 des comptes supplémentaires de %1 ?</translation>
    </message>
    <message>
        <source>Unlinking %1…</source>
        <translation>Déliaison de %1…</translation>
    </message>
</context>
<context>
    <name>DefaultSyncLauncher</name>
    <message>
        <source>Workspace &quot;%1&quot; is not set up yet: finish the setup wizard first.</source>
        <translation>L&apos;espace de travail « %1 » n&apos;est pas encore configuré : terminez d&apos;abord l&apos;assistant de configuration.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Yesterday %1</source>
        <translation>Hier %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Demain %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source> · full</source>
        <translation> · complète</translation>
    </message>
    <message numerus="yes">
        <source> · %n object(s)</source>
        <translation>
            <numerusform> · %n objet</numerusform>
            <numerusform> · %n objets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>No workspace yet</source>
        <translation>Pas encore d&apos;espace de travail</translation>
    </message>
    <message>
        <source>A workspace pairs one Metronome environment with one Salesforce org. Set one up to sync customers, contracts, commits and credits, invoices and usage into the Metronome package objects of your org.</source>
        <translation>Un espace de travail associe un environnement Metronome à une org Salesforce. Configurez-en un pour synchroniser clients, contrats, engagements et crédits, factures et consommation vers les objets du package Metronome de votre org.</translation>
    </message>
    <message>
        <source>&amp;Set up a workspace…</source>
        <translation>&amp;Configurer un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Try it with sandbox data</source>
        <translation>&amp;Essayer avec les données de la sandbox</translation>
    </message>
    <message>
        <source>Walk through the setup against local Metronome and Salesforce servers with generated data. No account needed.</source>
        <translation>Parcourir la configuration avec des serveurs Metronome et Salesforce locaux et des données générées. Aucun compte nécessaire.</translation>
    </message>
</context>
<context>
    <name>ErrorHints</name>
    <message>
        <source>Value too long</source>
        <translation>Valeur trop longue</translation>
    </message>
    <message>
        <source>Invalid field or missing parent</source>
        <translation>Champ non valide ou parent manquant</translation>
    </message>
    <message>
        <source>Duplicate key</source>
        <translation>Clé en double</translation>
    </message>
    <message>
        <source>Value not in picklist</source>
        <translation>Valeur absente de la liste de sélection</translation>
    </message>
    <message>
        <source>API limit reached</source>
        <translation>Limite d&apos;API atteinte</translation>
    </message>
    <message>
        <source>Record locked</source>
        <translation>Enregistrement verrouillé</translation>
    </message>
    <message>
        <source>Missing access</source>
        <translation>Accès manquant</translation>
    </message>
    <message>
        <source>Skipped: parent failed</source>
        <translation>Ignoré : le parent a échoué</translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation>Valeur obligatoire manquante</translation>
    </message>
    <message>
        <source>Number out of range</source>
        <translation>Nombre hors limites</translation>
    </message>
    <message>
        <source>Invalid Salesforce ID</source>
        <translation>ID Salesforce non valide</translation>
    </message>
    <message>
        <source>Validation rule</source>
        <translation>Règle de validation</translation>
    </message>
    <message>
        <source>Automation error</source>
        <translation>Erreur d&apos;automatisation</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Erreur inconnue</translation>
    </message>
    <message>
        <source>A value is longer than the Salesforce field allows. Shorten it in Metronome, or widen the field in Salesforce Setup.</source>
        <translation>Une valeur dépasse la longueur autorisée par le champ Salesforce. Raccourcissez-la dans Metronome ou agrandissez le champ dans la Configuration Salesforce.</translation>
    </message>
    <message>
        <source>The parent record (e.g. the customer or invoice) is not in Salesforce yet. It usually failed itself: fix that row first, then retry.</source>
        <translation>L&apos;enregistrement parent (par ex. le client ou la facture) n&apos;est pas encore dans Salesforce. Il a généralement échoué lui-même : corrigez d&apos;abord cette ligne, puis réessayez.</translation>
    </message>
    <message>
        <source>A field is missing or not accessible in the org. Run the package check in Settings; reinstall or upgrade the package if a field is missing.</source>
        <translation>Un champ est absent ou inaccessible dans l&apos;org. Lancez la vérification du package dans les Paramètres ; réinstallez ou mettez à jour le package s&apos;il manque un champ.</translation>
    </message>
    <message>
        <source>Another record already has this unique key (often a record created by hand or by another environment). Delete or rename the duplicate in Salesforce, then retry.</source>
        <translation>Un autre enregistrement possède déjà cette clé unique (souvent créé à la main ou par un autre environnement). Supprimez ou renommez le doublon dans Salesforce, puis réessayez.</translation>
    </message>
    <message>
        <source>The value is not one of the picklist&apos;s values. Add it to the picklist in Salesforce Setup, or update the package.</source>
        <translation>La valeur ne fait pas partie des valeurs de la liste de sélection. Ajoutez-la à la liste dans la Configuration Salesforce, ou mettez à jour le package.</translation>
    </message>
    <message>
        <source>The org used up its API requests (or too many long requests ran at once). Wait for the 24-hour window to free up, then retry; the Overview page shows today&apos;s usage.</source>
        <translation>L&apos;org a épuisé ses requêtes d&apos;API (ou trop de requêtes longues tournaient en même temps). Attendez que la fenêtre de 24 heures se libère, puis réessayez ; la page Vue d&apos;ensemble montre la consommation du jour.</translation>
    </message>
    <message>
        <source>Another process was updating the same or a parent record. NomeSync already retried; retry the failed rows when the org is quieter.</source>
        <translation>Un autre processus mettait à jour le même enregistrement ou un parent. NomeSync a déjà réessayé ; relancez les lignes en échec quand l&apos;org sera plus calme.</translation>
    </message>
    <message>
        <source>The Salesforce user NomeSync signs in as cannot create or edit this object. Give it the Metronome permission set, then retry.</source>
        <translation>L&apos;utilisateur Salesforce avec lequel NomeSync se connecte ne peut pas créer ni modifier cet objet. Attribuez-lui l&apos;ensemble d&apos;autorisations Metronome, puis réessayez.</translation>
    </message>
    <message>
        <source>Not sent because its parent failed in the same run. Fix the parent&apos;s error; retrying sends both.</source>
        <translation>Non envoyé car son parent a échoué dans la même exécution. Corrigez l&apos;erreur du parent ; une nouvelle tentative envoie les deux.</translation>
    </message>
    <message>
        <source>Salesforce requires a value Metronome did not provide. Fill it in Metronome, or relax the field in Salesforce Setup.</source>
        <translation>Salesforce exige une valeur que Metronome n&apos;a pas fournie. Renseignez-la dans Metronome, ou assouplissez le champ dans la Configuration Salesforce.</translation>
    </message>
    <message>
        <source>The number has more digits than the field allows. Check the amount in Metronome.</source>
        <translation>Le nombre a plus de chiffres que le champ n&apos;en autorise. Vérifiez le montant dans Metronome.</translation>
    </message>
    <message>
        <source>A Salesforce ID is wrong, of the wrong object, or points at a deleted record - usually the Account a customer is linked to. Fix the link on the Customers page.</source>
        <translation>Un ID Salesforce est erroné, d&apos;un autre objet ou pointe vers un enregistrement supprimé - généralement le compte auquel un client est lié. Corrigez le lien dans la page Clients.</translation>
    </message>
    <message>
        <source>A validation rule in the org rejected the row; the message is the rule&apos;s text. Adjust the rule or the data, then retry.</source>
        <translation>Une règle de validation de l&apos;org a rejeté la ligne ; le message est le texte de la règle. Ajustez la règle ou les données, puis réessayez.</translation>
    </message>
    <message>
        <source>A trigger or flow in the org failed on this row. Check the automation on the object; consider pausing it during large syncs.</source>
        <translation>Un déclencheur ou un flux de l&apos;org a échoué sur cette ligne. Vérifiez l&apos;automatisation de l&apos;objet ; envisagez de la suspendre pendant les grosses synchronisations.</translation>
    </message>
    <message>
        <source>The date is outside what Salesforce can store (1700-4000). Check the record in Metronome.</source>
        <translation>La date est hors de ce que Salesforce peut stocker (1700-4000). Vérifiez l&apos;enregistrement dans Metronome.</translation>
    </message>
    <message>
        <source>Salesforce did not report on this row. Retry it.</source>
        <translation>Salesforce n&apos;a rien signalé pour cette ligne. Réessayez-la.</translation>
    </message>
    <message>
        <source>See the message for details; retry the row once the cause is fixed.</source>
        <translation>Voir le message pour les détails ; réessayez la ligne une fois la cause corrigée.</translation>
    </message>
</context>
<context>
    <name>FailureCsvExporter</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>FailureExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>FailureGroupDelegate</name>
    <message>
        <source>every code</source>
        <translation>tous les codes</translation>
    </message>
</context>
<context>
    <name>FailureGroupModel</name>
    <message>
        <source>All errors (%1)</source>
        <translation>Toutes les erreurs (%1)</translation>
    </message>
    <message>
        <source>All errors</source>
        <translation>Toutes les erreurs</translation>
    </message>
    <message>
        <source>Every failed or skipped row of this run. Pick a group to see what usually fixes it.</source>
        <translation>Toutes les lignes en échec ou ignorées de cette exécution. Choisissez un groupe pour voir ce qui corrige généralement le problème.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FailureListModel</name>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Salesforce ID</source>
        <translation>ID Salesforce</translation>
    </message>
</context>
<context>
    <name>FailuresPage</name>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Exécution :</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Download CSV</source>
        <translation>&amp;Télécharger le CSV</translation>
    </message>
    <message>
        <source>&amp;Export All Failures…</source>
        <translation>&amp;Exporter tous les échecs…</translation>
    </message>
    <message>
        <source>Every failed and skipped row of this run, as a CSV file (Ctrl+E)</source>
        <translation>Toutes les lignes en échec et ignorées de cette exécution, dans un fichier CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Re&amp;try Failed Rows</source>
        <translation>&amp;Relancer les lignes en échec</translation>
    </message>
    <message>
        <source>Send this run&apos;s failed and skipped rows again, in a new run linked to this one</source>
        <translation>Renvoyer les lignes en échec et ignorées de cette exécution, dans une nouvelle exécution liée à celle-ci</translation>
    </message>
    <message>
        <source>Retry Only This Object</source>
        <translation>Relancer seulement cet objet</translation>
    </message>
    <message>
        <source>Open &amp;in Salesforce</source>
        <translation>Ouvrir &amp;dans Salesforce</translation>
    </message>
    <message>
        <source>The record as it was sent</source>
        <translation>L&apos;enregistrement tel qu&apos;il a été envoyé</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 failed or skipped</source>
        <translation>n° %1 · %2 · %3 en échec ou ignorés</translation>
    </message>
    <message>
        <source>No failed rows. Every row the syncs sent reached Salesforce.</source>
        <translation>Aucune ligne en échec. Chaque ligne envoyée par les synchronisations est arrivée dans Salesforce.</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>Tous les objets</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 failed and %2 skipped in this run · showing %3</source>
        <translation>%1 en échec et %2 ignorées dans cette exécution · %3 affichées</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Champs : %1</translation>
    </message>
    <message>
        <source>Parent: %1 %2</source>
        <translation>Parent : %1 %2</translation>
    </message>
    <message>
        <source>Metronome customer: %1</source>
        <translation>Client Metronome : %1</translation>
    </message>
    <message>
        <source>Not in Salesforce yet</source>
        <translation>Pas encore dans Salesforce</translation>
    </message>
    <message>
        <source>Salesforce ID: %1</source>
        <translation>ID Salesforce : %1</translation>
    </message>
    <message>
        <source>%1 — up to %2 of %3</source>
        <translation>%1 — jusqu&apos;à %2 sur %3</translation>
    </message>
    <message>
        <source>Up to %1 failures of %2, as a CSV file</source>
        <translation>Jusqu&apos;à %1 échecs de %2, dans un fichier CSV</translation>
    </message>
    <message>
        <source>Pick an object (or use the arrow) to download up to %1 of its failures</source>
        <translation>Choisissez un objet (ou utilisez la flèche) pour télécharger jusqu&apos;à %1 de ses échecs</translation>
    </message>
    <message>
        <source>This row has no Salesforce record yet</source>
        <translation>Cette ligne n&apos;a pas encore d&apos;enregistrement Salesforce</translation>
    </message>
    <message>
        <source>The org&apos;s address is not known yet</source>
        <translation>L&apos;adresse de l&apos;org n&apos;est pas encore connue</translation>
    </message>
</context>
<context>
    <name>HeadlessCli</name>
    <message>
        <source>The workspace (name or id); optional when there is only one.</source>
        <translation>L&apos;espace de travail (nom ou ID) ; facultatif s&apos;il n&apos;y en a qu&apos;un.</translation>
    </message>
    <message>
        <source>Use workspaces in &lt;dir&gt; (also NOMESYNC_DATA_DIR).</source>
        <translation>Utiliser les espaces de travail de &lt;dir&gt; (aussi NOMESYNC_DATA_DIR).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Commands (run without a window):
  setup       set up a workspace: --workspace NAME --client-id ID [--metronome-url URL]
              [--salesforce-login-url URL] [--environment ENV] [--scope all|linked] [--schedule SPEC]
  sync        run a sync: --workspace NAME [--full] [--objects LIST] [--retry-failed RUN]
              [--dry-run [--export DIR]]; --all [--scheduled] syncs every workspace in turn
  status      last and next sync of each workspace
  runs        the runs of a workspace
  errors RUN  export the failed rows of a run: --csv FILE [--object NAME] [--limit N]
  workspaces  list the workspaces on this computer
Use &quot;nomesync &lt;command&gt; --help&quot; for the options of a command.
Exit codes: 0 ok, 1 rows or the run failed, 2 bad arguments, 3 not found, 4 another sync is running, 5 keychain problem, 130 interrupted.</source>
        <translation>Commandes (sans fenêtre) :
  setup       configurer un espace de travail : --workspace NAME --client-id ID [--metronome-url URL]
              [--salesforce-login-url URL] [--environment ENV] [--scope all|linked] [--schedule SPEC]
  sync        lancer une synchronisation : --workspace NAME [--full] [--objects LIST] [--retry-failed RUN]
              [--dry-run [--export DIR]] ; --all [--scheduled] synchronise chaque espace de travail à tour de rôle
  status      dernière et prochaine synchronisation de chaque espace de travail
  runs        les exécutions d&apos;un espace de travail
  errors RUN  exporter les lignes en échec d&apos;une exécution : --csv FILE [--object NAME] [--limit N]
  workspaces  lister les espaces de travail de cet ordinateur
« nomesync &lt;commande&gt; --help » affiche les options d&apos;une commande.
Codes de sortie : 0 ok, 1 lignes ou exécution en échec, 2 arguments incorrects, 3 introuvable, 4 une autre synchronisation est en cours, 5 problème de trousseau, 130 interrompu.</translation>
    </message>
    <message>
        <source>No workspace called &quot;%1&quot;. &quot;nomesync workspaces&quot; lists them.</source>
        <translation>Aucun espace de travail nommé « %1 ». « nomesync workspaces » les liste.</translation>
    </message>
    <message>
        <source>There is no workspace yet. Set one up in the app or with &quot;nomesync setup&quot;.</source>
        <translation>Il n&apos;y a pas encore d&apos;espace de travail. Configurez-en un dans l&apos;application ou avec « nomesync setup ».</translation>
    </message>
    <message>
        <source>There are %1 workspaces; choose one with --workspace NAME.</source>
        <translation>Il y a %1 espaces de travail ; choisissez-en un avec --workspace NAME.</translation>
    </message>
    <message>
        <source>Lists the workspaces on this computer.</source>
        <translation>Liste les espaces de travail de cet ordinateur.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>Shows the last and the next sync of each workspace (or of one).</source>
        <translation>Affiche la dernière et la prochaine synchronisation de chaque espace de travail (ou d&apos;un seul).</translation>
    </message>
    <message>
        <source>running: run %1 since %2</source>
        <translation>en cours : exécution %1 depuis %2</translation>
    </message>
    <message>
        <source>last run: %1 #%2 %3, %4 (%5): %6 sent, %7 failed, %8 skipped</source>
        <translation>dernière exécution : %1 n° %2 %3, %4 (%5) : %6 envoyées, %7 en échec, %8 ignorées</translation>
    </message>
    <message>
        <source>no sync yet</source>
        <translation>pas encore de synchronisation</translation>
    </message>
    <message>
        <source>schedule: %1; next: %2</source>
        <translation>planification : %1 ; prochaine : %2</translation>
    </message>
    <message>
        <source>Lists the runs of a workspace, newest first.</source>
        <translation>Liste les exécutions d&apos;un espace de travail, les plus récentes en premier.</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; runs (default 20).</source>
        <translation>Afficher au plus &lt;n&gt; exécutions (20 par défaut).</translation>
    </message>
    <message>
        <source>RUN	STATE	TRIGGER	STARTED	DURATION	ATTEMPTED	SUCCEEDED	FAILED	SKIPPED</source>
        <translation>EXÉC.	ÉTAT	DÉCLENCHEUR	DÉBUT	DURÉE	TENTÉES	RÉUSSIES	ÉCHECS	IGNORÉES</translation>
    </message>
    <message>
        <source>Writes the failed and skipped rows of a run to a CSV file.</source>
        <translation>Écrit les lignes en échec et ignorées d&apos;une exécution dans un fichier CSV.</translation>
    </message>
    <message>
        <source>The run number (see &quot;nomesync runs&quot;).</source>
        <translation>Le numéro de l&apos;exécution (voir « nomesync runs »).</translation>
    </message>
    <message>
        <source>Write the rows to &lt;file&gt; (RFC 4180, UTF-8).</source>
        <translation>Écrire les lignes dans &lt;file&gt; (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <source>Only rows of this Salesforce object.</source>
        <translation>Seulement les lignes de cet objet Salesforce.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; rows (e.g. 100, the sample of seed 000); default: all.</source>
        <translation>Au plus &lt;n&gt; lignes (par ex. 100, l&apos;échantillon de la spécification 000) ; par défaut : toutes.</translation>
    </message>
    <message>
        <source>Usage: nomesync errors RUN --csv FILE [--workspace NAME] [--object NAME] [--limit N]</source>
        <translation>Utilisation : nomesync errors RUN --csv FILE [--workspace NAME] [--object NAME] [--limit N]</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; has no run %2.</source>
        <translation>L&apos;espace de travail « %1 » n&apos;a pas d&apos;exécution %2.</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 lignes écrites dans %2</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace file(s) could not be opened (the workspace may be one of them):</source>
        <translation>
            <numerusform>%n fichier d’espace de travail n’a pas pu être ouvert (l’espace de travail est peut-être celui-ci) :</numerusform>
            <numerusform>%n fichiers d’espace de travail n’ont pas pu être ouverts (l’espace de travail est peut-être l’un d’eux) :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>InsightBadge</name>
    <message>
        <source>As synced</source>
        <translation>Tel que synchronisé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Not in Salesforce</source>
        <translation>Absent de Salesforce</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Non synchronisé</translation>
    </message>
    <message>
        <source>an earlier sync</source>
        <translation>une synchronisation antérieure</translation>
    </message>
    <message>
        <source>Salesforce holds exactly this value: the sync of %1 sent it to %2 and Salesforce confirmed it.</source>
        <translation>Salesforce contient exactement cette valeur : la synchronisation de %1 l&apos;a envoyée à %2 et Salesforce l&apos;a confirmée.</translation>
    </message>
    <message>
        <source>Salesforce still holds an older value (confirmed by the sync of %1). This value was read from Metronome later; the next sync sends it to %2.</source>
        <translation>Salesforce contient encore une valeur plus ancienne (confirmée par la synchronisation de %1). Cette valeur a été lue depuis Metronome plus tard ; la prochaine synchronisation l&apos;enverra à %2.</translation>
    </message>
    <message>
        <source>This record has not reached Salesforce: no sync has had %1 confirm it yet.</source>
        <translation>Cet enregistrement n&apos;a pas atteint Salesforce : aucune synchronisation ne l&apos;a encore fait confirmer par %1.</translation>
    </message>
    <message>
        <source>The workspace&apos;s Salesforce package has no object for this, so it is shown here only.</source>
        <translation>Le package Salesforce de l&apos;espace de travail n&apos;a pas d&apos;objet pour cela, il n&apos;est donc affiché qu&apos;ici.</translation>
    </message>
    <message>
        <source>This row cannot be sent to %1 as it is (see Failures).</source>
        <translation>Cette ligne ne peut pas être envoyée telle quelle à %1 (voir Échecs).</translation>
    </message>
    <message>
        <source>The last sync reported: %1</source>
        <translation>La dernière synchronisation a signalé : %1</translation>
    </message>
    <message>
        <source>External ID: %1</source>
        <translation>ID externe : %1</translation>
    </message>
</context>
<context>
    <name>InsightChartFrame</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightDisplay</name>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period: inclusive start – exclusive end.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Usage (consolidated)</source>
        <translation>Consommation (consolidée)</translation>
    </message>
    <message>
        <source>Commit purchase</source>
        <translation>Achat d&apos;engagement</translation>
    </message>
    <message>
        <source>Applied commit or credit</source>
        <translation>Engagement ou crédit appliqué</translation>
    </message>
    <message>
        <source>Fixed fee</source>
        <translation>Frais fixes</translation>
    </message>
    <message>
        <source>Scheduled charge</source>
        <translation>Frais planifiés</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 par %2</translation>
    </message>
</context>
<context>
    <name>InvoiceTreeModel</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>Invoice type and status, e.g. &quot;Usage · Draft&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Subtotal %1; total after commits, credits and adjustments %2.</source>
        <translation>Sous-total %1 ; total après engagements, crédits et ajustements %2.</translation>
    </message>
    <message>
        <source>Invoice %1, issued %2</source>
        <translation>Facture %1, émise le %2</translation>
    </message>
    <message>
        <source>Invoice %1, not issued yet</source>
        <translation>Facture %1, pas encore émise</translation>
    </message>
    <message>
        <source>Drawn from a commit or credit (a postpaid commit&apos;s application is shown but not deducted from the invoice total).</source>
        <translation>Prélevé sur un engagement ou un crédit (l&apos;application d&apos;un engagement postpayé est affichée mais pas déduite du total de la facture).</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Invoice period / item</source>
        <translation>Période de facturation / ligne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
</context>
<context>
    <name>LinkAccountDialog</name>
    <message>
        <source>Link to a Salesforce Account</source>
        <translation>Lier à un compte Salesforce</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Metronome ID %1 · linked to: %2</source>
        <translation>ID Metronome %1 · lié à : %2</translation>
    </message>
    <message>
        <source>nothing (orphan)</source>
        <translation>rien (orphelin)</translation>
    </message>
    <message>
        <source>001… (15 or 18 characters, from the account&apos;s URL)</source>
        <translation>001… (15 ou 18 caractères, tirés de l&apos;URL du compte)</translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation>&amp;ID du compte :</translation>
    </message>
    <message>
        <source>Part of the account&apos;s name</source>
        <translation>Partie du nom du compte</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Nom du compte :</translation>
    </message>
    <message>
        <source>By Account &amp;ID</source>
        <translation>Par &amp;ID de compte</translation>
    </message>
    <message>
        <source>&amp;Find by Name</source>
        <translation>&amp;Trouver par nom</translation>
    </message>
    <message>
        <source>Add it as a &amp;further account (the records stay where they are)</source>
        <translation>L&apos;ajouter comme compte &amp;supplémentaire (les enregistrements restent où ils sont)</translation>
    </message>
    <message>
        <source>Make it the &amp;primary account (replaces %1 in Metronome; the records move)</source>
        <translation>En faire le compte &amp;principal (remplace %1 dans Metronome ; les enregistrements sont déplacés)</translation>
    </message>
    <message>
        <source>&amp;Primary account</source>
        <translation>Compte &amp;principal</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>Checking %1 in Salesforce…</source>
        <translation>Vérification de %1 dans Salesforce…</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>(the ID&apos;s letter case was repaired from its checksum)</source>
        <translation>(la casse de l&apos;ID a été corrigée d&apos;après sa somme de contrôle)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No account&apos;s name contains &quot;%1&quot;.</source>
        <translation>Aucun nom de compte ne contient « %1 ».</translation>
    </message>
    <message>
        <source>The first %1 matches; type more of the name to narrow them.</source>
        <translation>Les %1 premiers résultats ; tapez davantage du nom pour affiner.</translation>
    </message>
    <message>
        <source>1 account found.</source>
        <translation>1 compte trouvé.</translation>
    </message>
    <message>
        <source>%1 accounts found. Pick one.</source>
        <translation>%1 comptes trouvés. Choisissez-en un.</translation>
    </message>
    <message>
        <source>Link to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Lier à &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Already linked to customer %1 as well.</source>
        <translation>Déjà lié aussi au client %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Metronome&apos;s link changes to this account, and the customer&apos;s records in Salesforce move to it at once.</source>
        <translation>Le lien de Metronome passe à ce compte et les enregistrements du client dans Salesforce y sont déplacés immédiatement.</translation>
    </message>
    <message>
        <source>The account is kept as a further account of the customer (in NomeSync and in Salesforce); Metronome&apos;s link and the records stay as they are.</source>
        <translation>Le compte est conservé comme compte supplémentaire du client (dans NomeSync et dans Salesforce) ; le lien de Metronome et les enregistrements restent tels quels.</translation>
    </message>
    <message>
        <source>This customer is an orphan: linking writes the account to Metronome and moves all of its records in Salesforce (customer, contracts, commits, invoices, usage…) to the account at once.</source>
        <translation>Ce client est orphelin : le lier écrit le compte dans Metronome et rattache immédiatement au compte tous ses enregistrements dans Salesforce (client, contrats, engagements, factures, consommation…).</translation>
    </message>
    <message>
        <source>Linking: Metronome first, then the records in Salesforce…</source>
        <translation>Liaison : d&apos;abord Metronome, puis les enregistrements dans Salesforce…</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacés</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Non déplacés</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>LinkController</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>LinkService</name>
    <message>
        <source>Workspace &quot;%1&quot; is not set up yet: finish the setup wizard first.</source>
        <translation>L&apos;espace de travail « %1 » n&apos;est pas encore configuré : terminez d&apos;abord l&apos;assistant de configuration.</translation>
    </message>
    <message>
        <source>primary %1</source>
        <translation>principal %1</translation>
    </message>
    <message>
        <source>further %1</source>
        <translation>supplémentaire %1</translation>
    </message>
    <message>
        <source>none (orphan)</source>
        <translation>aucun (orphelin)</translation>
    </message>
    <message>
        <source>Customer %1 is not in this workspace yet. Run a sync first, so NomeSync knows it.</source>
        <translation>Le client %1 n&apos;est pas encore dans cet espace de travail. Lancez d&apos;abord une synchronisation pour que NomeSync le connaisse.</translation>
    </message>
    <message>
        <source>Metronome could not be asked about %1: %2</source>
        <translation>Impossible d&apos;interroger Metronome sur %1 : %2</translation>
    </message>
    <message>
        <source>%1 is already linked to %2.</source>
        <translation>%1 est déjà lié à %2.</translation>
    </message>
    <message>
        <source>%1 is not linked to %2.</source>
        <translation>%1 n&apos;est pas lié à %2.</translation>
    </message>
    <message>
        <source>Metronome did not take the change, so nothing was changed: %1</source>
        <translation>Metronome n&apos;a pas accepté la modification, rien n&apos;a donc été modifié : %1</translation>
    </message>
    <message>
        <source>%1 linked to %2; Metronome&apos;s Salesforce account set (updateConfig).</source>
        <translation>%1 lié à %2 ; compte Salesforce défini dans Metronome (updateConfig).</translation>
    </message>
    <message>
        <source>%1 also linked to %2 (kept in the workspace and written to Salesforce).</source>
        <translation>%1 lié aussi à %2 (conservé dans l&apos;espace de travail et écrit dans Salesforce).</translation>
    </message>
    <message>
        <source>%1 unlinked from %2; Metronome&apos;s Salesforce account cleared (updateConfig null).</source>
        <translation>%1 délié de %2 ; compte Salesforce effacé dans Metronome (updateConfig null).</translation>
    </message>
    <message>
        <source>%1 no longer linked to %2.</source>
        <translation>%1 n&apos;est plus lié à %2.</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>aucun compte</translation>
    </message>
    <message>
        <source>… and %1 more failed rows.</source>
        <translation>… et %1 autres lignes en échec.</translation>
    </message>
    <message>
        <source>Could not find the old account links to remove: %1</source>
        <translation>Impossible de trouver les anciens liens de compte à retirer : %1</translation>
    </message>
    <message>
        <source>Could not remove the old account links: %1</source>
        <translation>Impossible de retirer les anciens liens de compte : %1</translation>
    </message>
    <message>
        <source>An old account link was not removed: %1 %2</source>
        <translation>Un ancien lien de compte n&apos;a pas été retiré : %1 %2</translation>
    </message>
    <message>
        <source>The account link %1 was not written: %2 %3</source>
        <translation>Le lien de compte %1 n&apos;a pas été écrit : %2 %3</translation>
    </message>
    <message>
        <source>%1 is no longer linked to %2.</source>
        <translation>%1 n&apos;est plus lié à %2.</translation>
    </message>
    <message>
        <source>%1 is now linked to %2.</source>
        <translation>%1 est maintenant lié à %2.</translation>
    </message>
    <message>
        <source>%1 is now also linked to %2.</source>
        <translation>%1 est maintenant lié aussi à %2.</translation>
    </message>
    <message>
        <source>Salesforce: %1 The next sync writes what is missing.</source>
        <translation>Salesforce : %1 La prochaine synchronisation écrira ce qui manque.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>Le fichier dépasse %1 Mo ; découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>Could not read the workspace&apos;s customers: %1</source>
        <translation>Impossible de lire les clients de l&apos;espace de travail : %1</translation>
    </message>
    <message>
        <source>The customer is missing.</source>
        <translation>Le client est manquant.</translation>
    </message>
    <message>
        <source>No customer with the Metronome ID or ingest alias &quot;%1&quot; in this workspace.</source>
        <translation>Aucun client avec l&apos;ID Metronome ou l&apos;alias d&apos;ingestion « %1 » dans cet espace de travail.</translation>
    </message>
    <message>
        <source>%1 already appears on line %2.</source>
        <translation>%1 figure déjà à la ligne %2.</translation>
    </message>
    <message>
        <source>Already linked to this account: nothing to do.</source>
        <translation>Déjà lié à ce compte : rien à faire.</translation>
    </message>
    <message>
        <source>%1 is already linked to %2. Change that link in the Link dialog.</source>
        <translation>%1 est déjà lié à %2. Modifiez ce lien dans la boîte de dialogue Lier.</translation>
    </message>
    <message>
        <source>The account is already linked to customer %1.</source>
        <translation>Le compte est déjà lié au client %1.</translation>
    </message>
    <message>
        <source>The account is already linked to another customer on line %1.</source>
        <translation>Le compte est déjà lié à un autre client à la ligne %1.</translation>
    </message>
    <message>
        <source>Stopped before this row was applied.</source>
        <translation>Arrêté avant que cette ligne soit appliquée.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>Linking</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Already linked</source>
        <translation>Déjà lié</translation>
    </message>
    <message>
        <source>Not a Salesforce ID</source>
        <translation>Pas un ID Salesforce</translation>
    </message>
    <message>
        <source>Bad checksum</source>
        <translation>Somme de contrôle incorrecte</translation>
    </message>
    <message>
        <source>Not an Account ID</source>
        <translation>Pas un ID de compte</translation>
    </message>
    <message>
        <source>Account not found</source>
        <translation>Compte introuvable</translation>
    </message>
    <message>
        <source>Customer not found</source>
        <translation>Client introuvable</translation>
    </message>
    <message>
        <source>Already linked elsewhere</source>
        <translation>Déjà lié ailleurs</translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation>Ligne en double</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Lié</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Non appliqué</translation>
    </message>
</context>
<context>
    <name>LinkingPages</name>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Orphelins</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NomeSync</source>
        <translation>NomeSync</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Edit Workspace Setup…</source>
        <translation>&amp;Modifier la configuration de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>NomeSync &amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur de NomeSync</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>&amp;Signaler un problème…</translation>
    </message>
    <message>
        <source>&amp;About NomeSync</source>
        <translation>À &amp;propos de NomeSync</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Espace de travail :</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Aucun espace de travail</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Set up another workspace (another Metronome environment or Salesforce org)</source>
        <translation>Configurer un autre espace de travail (un autre environnement Metronome ou une autre org Salesforce)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>Synchronisations</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>%1 — NomeSync</source>
        <translation>%1 — NomeSync</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement : %1</translation>
    </message>
    <message>
        <source>Quit NomeSync</source>
        <translation>Quitter NomeSync</translation>
    </message>
    <message>
        <source>A sync of %1 is running. Quit anyway? The sync stops; rows already written stay in Salesforce and the next sync sends the rest.</source>
        <translation>Une synchronisation de %1 est en cours. Quitter quand même ? La synchronisation s&apos;arrête ; les lignes déjà écrites restent dans Salesforce et la prochaine synchronisation enverra le reste.</translation>
    </message>
    <message>
        <source>About NomeSync</source>
        <translation>À propos de NomeSync</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NomeSync %1&lt;/h3&gt;&lt;p&gt;Syncs Metronome billing data into the Metronome package objects of a Salesforce org, and helps admins link customers, adopt orphans and review every failed row.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NomeSync %1&lt;/h3&gt;&lt;p&gt;Synchronise les données de facturation Metronome vers les objets du package Metronome d&apos;une org Salesforce, et aide les administrateurs à lier les clients, adopter les orphelins et examiner chaque ligne en échec.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MetronomeClient</name>
    <message>
        <source>the answer is not a JSON object (%1)</source>
        <translation>la réponse n&apos;est pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot; list</source>
        <translation>la réponse n&apos;a pas de liste « data »</translation>
    </message>
    <message>
        <source>next_page is not a string</source>
        <translation>next_page n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>the same next_page came back twice</source>
        <translation>la même next_page est revenue deux fois</translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot;</source>
        <translation>la réponse n&apos;a pas de « data »</translation>
    </message>
    <message>
        <source>an item does not match the API: %1</source>
        <translation>un élément ne correspond pas à l&apos;API : %1</translation>
    </message>
    <message>
        <source>reading customers</source>
        <translation>la lecture des clients</translation>
    </message>
    <message>
        <source>reading customer %1</source>
        <translation>la lecture du client %1</translation>
    </message>
    <message>
        <source>reading contracts of customer %1</source>
        <translation>la lecture des contrats du client %1</translation>
    </message>
    <message>
        <source>reading credits of customer %1</source>
        <translation>la lecture des crédits du client %1</translation>
    </message>
    <message>
        <source>reading commits of customer %1</source>
        <translation>la lecture des engagements du client %1</translation>
    </message>
    <message>
        <source>reading rate cards</source>
        <translation>la lecture des grilles tarifaires</translation>
    </message>
    <message>
        <source>reading products</source>
        <translation>la lecture des produits</translation>
    </message>
    <message>
        <source>reading credit types</source>
        <translation>la lecture des types de crédit</translation>
    </message>
    <message>
        <source>reading billable metrics</source>
        <translation>la lecture des métriques facturables</translation>
    </message>
    <message>
        <source>reading plans</source>
        <translation>la lecture des plans</translation>
    </message>
    <message>
        <source>reading plans of customer %1</source>
        <translation>la lecture des plans du client %1</translation>
    </message>
    <message>
        <source>reading invoices of customer %1</source>
        <translation>la lecture des factures du client %1</translation>
    </message>
    <message>
        <source>reading invoice %1</source>
        <translation>la lecture de la facture %1</translation>
    </message>
    <message>
        <source>reading credit grants</source>
        <translation>la lecture des attributions de crédit</translation>
    </message>
    <message>
        <source>reading usage</source>
        <translation>la lecture de la consommation</translation>
    </message>
    <message>
        <source>a usage window needs a start before its end</source>
        <translation>une fenêtre de consommation doit commencer avant sa fin</translation>
    </message>
    <message>
        <source>reading grouped usage of customer %1</source>
        <translation>la lecture de la consommation groupée du client %1</translation>
    </message>
    <message>
        <source>grouped usage needs a customer, a billable metric and a window</source>
        <translation>la consommation groupée nécessite un client, une métrique facturable et une fenêtre</translation>
    </message>
    <message>
        <source>linking customer %1 to a Salesforce account</source>
        <translation>la liaison du client %1 à un compte Salesforce</translation>
    </message>
    <message>
        <source>unlinking customer %1 from its Salesforce account</source>
        <translation>la déliaison du client %1 de son compte Salesforce</translation>
    </message>
    <message>
        <source>creating customer %1</source>
        <translation>la création du client %1</translation>
    </message>
</context>
<context>
    <name>MetronomeError</name>
    <message>
        <source>Cancelled while %1.</source>
        <translation>Annulé pendant %1.</translation>
    </message>
    <message>
        <source>Could not reach Metronome while %1 (%2).</source>
        <translation>Metronome était injoignable pendant %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Metronome did not answer in time while %1; NomeSync gave up after %n attempt(s).</source>
        <translation>
            <numerusform>Metronome n&apos;a pas répondu à temps pendant %1 ; NomeSync a abandonné après %n tentative.</numerusform>
            <numerusform>Metronome n&apos;a pas répondu à temps pendant %1 ; NomeSync a abandonné après %n tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>NomeSync did not contact Metronome while %1: %2</source>
        <translation>NomeSync n&apos;a pas contacté Metronome pendant %1 : %2</translation>
    </message>
    <message>
        <source>The Metronome API token was rejected while %1. Check the token in the workspace settings, or replace it.</source>
        <translation>Le jeton d&apos;API Metronome a été refusé pendant %1. Vérifiez le jeton dans les paramètres de l&apos;espace de travail, ou remplacez-le.</translation>
    </message>
    <message>
        <source>The Metronome API token lacks permission for %1. Use a token that is allowed to do this.</source>
        <translation>Le jeton d&apos;API Metronome n&apos;a pas l&apos;autorisation pour %1. Utilisez un jeton autorisé à le faire.</translation>
    </message>
    <message>
        <source>Metronome could not find what NomeSync asked for while %1: %2</source>
        <translation>Metronome n&apos;a pas trouvé ce que NomeSync demandait pendant %1 : %2</translation>
    </message>
    <message>
        <source>Metronome refused the request while %1 (HTTP %2): %3</source>
        <translation>Metronome a refusé la requête pendant %1 (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>Metronome reported a conflict while %1: %2</source>
        <translation>Metronome a signalé un conflit pendant %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Metronome kept answering &quot;too many requests&quot; while %1; NomeSync gave up after %n attempt(s).</source>
        <translation>
            <numerusform>Metronome a répondu sans cesse « trop de requêtes » pendant %1 ; NomeSync a abandonné après %n tentative.</numerusform>
            <numerusform>Metronome a répondu sans cesse « trop de requêtes » pendant %1 ; NomeSync a abandonné après %n tentatives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Metronome had a server error (HTTP %1) while %2; NomeSync gave up after %n attempt(s).</source>
        <translation>
            <numerusform>Metronome a eu une erreur serveur (HTTP %1) pendant %2 ; NomeSync a abandonné après %n tentative.</numerusform>
            <numerusform>Metronome a eu une erreur serveur (HTTP %1) pendant %2 ; NomeSync a abandonné après %n tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>Metronome sent an answer NomeSync could not read while %1 (%2).</source>
        <translation>Metronome a envoyé une réponse que NomeSync n&apos;a pas pu lire pendant %1 (%2).</translation>
    </message>
</context>
<context>
    <name>MetronomeJsonReader</name>
    <message>
        <source>expected an array, got %1</source>
        <translation>tableau attendu, reçu %1</translation>
    </message>
    <message>
        <source>expected strings</source>
        <translation>chaînes attendues</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1 : objet attendu, reçu %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 attendu, reçu %2</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>pas un nombre fini</translation>
    </message>
    <message>
        <source>expected a decimal number, got &quot;%1&quot;</source>
        <translation>nombre décimal attendu, reçu « %1 »</translation>
    </message>
    <message>
        <source>expected an RFC 3339 timestamp, got &quot;%1&quot;</source>
        <translation>horodatage RFC 3339 attendu, reçu « %1 »</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>un tableau de chaînes</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>chaîne attendue, reçu %1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>expected a number or null, got %1</source>
        <translation>nombre ou null attendu, reçu %1</translation>
    </message>
</context>
<context>
    <name>MetronomeProbe</name>
    <message>
        <source>Metronome answered.</source>
        <translation>Metronome a répondu.</translation>
    </message>
</context>
<context>
    <name>MetronomeSourceReader</name>
    <message>
        <source>Read %1 of %2 customers</source>
        <translation>%1 clients lus sur %2</translation>
    </message>
    <message>
        <source>Contract from %1</source>
        <translation>Contrat à partir du %1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This workspace was saved by a newer NomeSync (schema %1; this version knows up to %2). Update NomeSync to open it.</source>
        <translation>Cet espace de travail a été enregistré par une version plus récente de NomeSync (schéma %1 ; cette version connaît jusqu&apos;à %2). Mettez NomeSync à jour pour l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>MoneyFormat</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A quantity of a custom pricing unit, e.g. &quot;1,250 Compute Credits&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ObjectPickerDialog</name>
    <message>
        <source>Sync Only These Objects</source>
        <translation>Synchroniser seulement ces objets</translation>
    </message>
    <message>
        <source>Sync the checked objects now. Only rows that changed since the last sync are sent; parents are not added for you, so a child whose parent is not in Salesforce yet fails with a lookup error.</source>
        <translation>Synchroniser maintenant les objets cochés. Seules les lignes modifiées depuis la dernière synchronisation sont envoyées ; les parents ne sont pas ajoutés pour vous, donc un enfant dont le parent n&apos;est pas encore dans Salesforce échoue avec une erreur de référence.</translation>
    </message>
    <message>
        <source>&amp;Sync Selected</source>
        <translation>&amp;Synchroniser la sélection</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Ne rien sélectionner</translation>
    </message>
</context>
<context>
    <name>OrphanListModel</name>
    <message>
        <source>Lead candidate</source>
        <translation>Candidat prospect</translation>
    </message>
    <message>
        <source>%1 (%2% match)</source>
        <translation>%1 (%2 % de correspondance)</translation>
    </message>
    <message>
        <source>Among the top 10% of orphans by this month&apos;s spend: worth turning into a lead.</source>
        <translation>Parmi les 10 % d&apos;orphelins aux plus fortes dépenses ce mois-ci : mérite d&apos;être transformé en prospect.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Metronome ID</source>
        <translation>ID Metronome</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Suggested account</source>
        <translation>Compte suggéré</translation>
    </message>
</context>
<context>
    <name>OrphansPage</name>
    <message>
        <source>Customers with no Salesforce account, typically self-serve sign-ups, ranked by this month&apos;s spend. The top 10 % are lead candidates. Linking one moves all its Salesforce records to the account at once.</source>
        <translation>Clients sans compte Salesforce, en général des inscriptions en libre-service, classés par dépenses du mois. Les 10 % premiers sont des candidats prospects. En lier un rattache immédiatement tous ses enregistrements Salesforce au compte.</translation>
    </message>
    <message>
        <source>&amp;Find Suggested Accounts</source>
        <translation>&amp;Trouver les comptes suggérés</translation>
    </message>
    <message>
        <source>Read the org&apos;s accounts and match them with the orphans by company name (and by Metronome ID where the org&apos;s Account has that field)</source>
        <translation>Lire les comptes de l&apos;org et les associer aux orphelins par nom de société (et par ID Metronome si l&apos;objet Account de l&apos;org a ce champ)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>&amp;Review Suggestion…</source>
        <translation>&amp;Examiner la suggestion…</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Lier…</translation>
    </message>
    <message>
        <source>Reading the org&apos;s accounts…</source>
        <translation>Lecture des comptes de l&apos;org…</translation>
    </message>
    <message>
        <source>Reading the org&apos;s accounts… %1</source>
        <translation>Lecture des comptes de l&apos;org… %1</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>Aucune suggestion : %1</translation>
    </message>
    <message>
        <source>%1 suggestions from %2 accounts%3</source>
        <translation>%1 suggestions parmi %2 comptes%3</translation>
    </message>
    <message>
        <source> (names and Metronome IDs)</source>
        <translation> (noms et ID Metronome)</translation>
    </message>
    <message>
        <source>No orphans: every customer is linked.</source>
        <translation>Aucun orphelin : chaque client est lié.</translation>
    </message>
    <message>
        <source>%1 orphans · %2 lead candidates · %3 with a suggested account</source>
        <translation>%1 orphelins · %2 candidats prospects · %3 avec un compte suggéré</translation>
    </message>
    <message>
        <source>&amp;Review Suggestions…</source>
        <translation>&amp;Examiner les suggestions…</translation>
    </message>
    <message>
        <source>A sync is running; change links when it has finished.</source>
        <translation>Une synchronisation est en cours ; modifiez les liens lorsqu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>Link the selected orphan to a Salesforce account (Ctrl+L)</source>
        <translation>Lier l&apos;orphelin sélectionné à un compte Salesforce (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>due now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Synchronisation en cours</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Next scheduled sync</source>
        <translation>Prochaine synchronisation planifiée</translation>
    </message>
    <message>
        <source>Salesforce API requests (24 h)</source>
        <translation>Requêtes d&apos;API Salesforce (24 h)</translation>
    </message>
    <message>
        <source>Metronome</source>
        <translation>Metronome</translation>
    </message>
    <message>
        <source>C&amp;heck Now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Rows sent and failed, last %1 runs</source>
        <translation>Lignes envoyées et en échec, %1 dernières exécutions</translation>
    </message>
    <message>
        <source>No finished sync yet. Runs appear here as they end.</source>
        <translation>Aucune synchronisation terminée pour l&apos;instant. Les exécutions apparaissent ici à leur fin.</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Sync now&lt;/b&gt; (F5) to send Metronome&apos;s data to Salesforce.</source>
        <translation>Appuyez sur &lt;b&gt;Synchroniser maintenant&lt;/b&gt; (F5) pour envoyer les données de Metronome à Salesforce.</translation>
    </message>
    <message>
        <source>No sync has run in this workspace yet.</source>
        <translation>Aucune synchronisation n&apos;a encore eu lieu dans cet espace de travail.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;run:%1&quot;&gt;Run #%1&lt;/a&gt; · %2 · %3</source>
        <translation>&lt;a href=&quot;run:%1&quot;&gt;Exécution n° %1&lt;/a&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · took %2</source>
        <translation>%1 · durée %2</translation>
    </message>
    <message>
        <source>%1 rows sent</source>
        <translation>%1 lignes envoyées</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;failures:%1&quot; style=&quot;color:#b91c1c&quot;&gt;%2 failed or skipped — review&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;failures:%1&quot; style=&quot;color:#b91c1c&quot;&gt;%2 en échec ou ignorées — examiner&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No failures</source>
        <translation>Aucun échec</translation>
    </message>
    <message>
        <source>Run #%1</source>
        <translation>Exécution n° %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 lignes sur %2</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Reading Metronome</source>
        <translation>Lecture de Metronome</translation>
    </message>
    <message>
        <source>Writing to Salesforce</source>
        <translation>Écriture dans Salesforce</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finalisation</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · &lt;a href=&quot;run&quot;&gt;Show objects&lt;/a&gt;</source>
        <translation>%1 · &lt;a href=&quot;run&quot;&gt;Afficher les objets&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Scheduled syncs are turned off. Sync by hand, or set a schedule in Settings.</source>
        <translation>Les synchronisations planifiées sont désactivées. Synchronisez à la main, ou définissez une planification dans les Paramètres.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Runs while NomeSync is open.</source>
        <translation>S&apos;exécute tant que NomeSync est ouvert.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>Salesforce reports it with every call; the first sync of this session reads it.</source>
        <translation>Salesforce l&apos;indique à chaque appel ; la première synchronisation de cette session le lit.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 requests used&lt;br&gt;as of %3</source>
        <translation>%1 requêtes utilisées sur %2&lt;br&gt;au %3</translation>
    </message>
    <message>
        <source>The org&apos;s daily allowance is shared with every app connected to it. Salesforce reports it with every call (Sforce-Limit-Info).</source>
        <translation>Le quota quotidien de l&apos;org est partagé avec toutes les applications qui y sont connectées. Salesforce l&apos;indique à chaque appel (Sforce-Limit-Info).</translation>
    </message>
    <message>
        <source>Call Metronome now</source>
        <translation>Appeler Metronome maintenant</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>A sync or &lt;b&gt;Check now&lt;/b&gt; tells whether Metronome answers.</source>
        <translation>Une synchronisation ou &lt;b&gt;Vérifier maintenant&lt;/b&gt; indique si Metronome répond.</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Joignable</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;as of %2</source>
        <translation>%1&lt;br&gt;au %2</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>Failed or skipped</source>
        <translation>En échec ou ignorées</translation>
    </message>
</context>
<context>
    <name>PackageChecklistModel</name>
    <message>
        <source>API version %1 is supported by the org.</source>
        <translation>La version d&apos;API %1 est prise en charge par l&apos;org.</translation>
    </message>
    <message>
        <source>API version %1 is supported by the org (its newest is %2).</source>
        <translation>La version d&apos;API %1 est prise en charge par l&apos;org (sa plus récente est %2).</translation>
    </message>
    <message>
        <source>External IDs: all %1 in place, so records are upserted, never duplicated.</source>
        <translation>ID externes : les %1 sont en place, les enregistrements sont donc insérés ou mis à jour (upsert), jamais dupliqués.</translation>
    </message>
    <message>
        <source>External IDs: %1 of %2 in place; missing or not an external ID: %3.</source>
        <translation>ID externes : %1 sur %2 en place ; manquants ou pas un ID externe : %3.</translation>
    </message>
    <message>
        <source>Access: the signed-in user can create and edit all %1 objects.</source>
        <translation>Accès : l&apos;utilisateur connecté peut créer et modifier les %1 objets.</translation>
    </message>
    <message>
        <source>Access: the signed-in user cannot create or edit %1.</source>
        <translation>Accès : l&apos;utilisateur connecté ne peut pas créer ni modifier %1.</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>en place</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problème</translation>
    </message>
</context>
<context>
    <name>PackageDefinition</name>
    <message>
        <source>There is no package variant called &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas de variante de package nommée « %1 ».</translation>
    </message>
    <message>
        <source>Cannot read the package definition %1: %2</source>
        <translation>Impossible de lire la définition de package %1 : %2</translation>
    </message>
    <message>
        <source>The package definition is not valid JSON: %1</source>
        <translation>La définition de package n&apos;est pas un JSON valide : %1</translation>
    </message>
    <message>
        <source>The package definition has no name or no objects.</source>
        <translation>La définition de package n&apos;a pas de nom ou pas d&apos;objets.</translation>
    </message>
    <message>
        <source>Object name &quot;%1&quot; is empty or repeated.</source>
        <translation>Le nom d&apos;objet « %1 » est vide ou répété.</translation>
    </message>
    <message>
        <source>Object %1 needs its own 3-character key prefix.</source>
        <translation>L&apos;objet %1 doit avoir son propre préfixe de clé de 3 caractères.</translation>
    </message>
    <message>
        <source>Object %1 names %2 as its external ID, but that field is not an external ID.</source>
        <translation>L&apos;objet %1 désigne %2 comme ID externe, mais ce champ n&apos;est pas un ID externe.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; of %2 is empty or repeated.</source>
        <translation>Le champ « %1 » de %2 est vide ou répété.</translation>
    </message>
    <message>
        <source>Field %1.%2 is writable but has no source.</source>
        <translation>Le champ %1.%2 est modifiable mais n&apos;a pas de source.</translation>
    </message>
    <message>
        <source>Lookup %1.%2 needs referenceTo and relationshipName.</source>
        <translation>La référence %1.%2 nécessite referenceTo et relationshipName.</translation>
    </message>
    <message>
        <source>Lookup %1.%2 points at %3, which is not in the package.</source>
        <translation>La référence %1.%2 pointe vers %3, qui n&apos;est pas dans le package.</translation>
    </message>
    <message>
        <source>Lookup %1.%2 matches on %3.%4, which is not an external ID.</source>
        <translation>La référence %1.%2 correspond sur %3.%4, qui n&apos;est pas un ID externe.</translation>
    </message>
    <message>
        <source>The lookups of the package form a cycle.</source>
        <translation>Les références du package forment un cycle.</translation>
    </message>
</context>
<context>
    <name>RecordMapper</name>
    <message>
        <source>%1 has no value, but Salesforce requires one.</source>
        <translation>%1 n&apos;a pas de valeur, mais Salesforce en exige une.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values %2 allows (%3).</source>
        <translation>« %1 » ne fait pas partie des valeurs autorisées par %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the field allows %3. The value was not sent rather than cut.</source>
        <translation>%1 fait %2 caractères ; le champ en autorise %3. La valeur n&apos;a pas été envoyée plutôt que d&apos;être tronquée.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>%1 = %2 has more digits than the field allows (%3 before the decimal point).</source>
        <translation>%1 = %2 a plus de chiffres que le champ n&apos;en autorise (%3 avant la virgule).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date Salesforce can store (years 1700 to 4000).</source>
        <translation>%1 : « %2 » n&apos;est pas une date que Salesforce peut stocker (années 1700 à 4000).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The row has no %1, so it cannot be matched in Salesforce.</source>
        <translation>La ligne n&apos;a pas de %1, elle ne peut donc pas être retrouvée dans Salesforce.</translation>
    </message>
</context>
<context>
    <name>ReparentReport</name>
    <message>
        <source>No records to reparent: the customer is not in Salesforce yet, so the next sync creates its records with the account.</source>
        <translation>Aucun enregistrement à rattacher : le client n&apos;est pas encore dans Salesforce, la prochaine synchronisation créera donc ses enregistrements avec le compte.</translation>
    </message>
    <message>
        <source>1 record reparented.</source>
        <translation>1 enregistrement rattaché.</translation>
    </message>
    <message>
        <source>%1 records reparented.</source>
        <translation>%1 enregistrements rattachés.</translation>
    </message>
    <message>
        <source>%1 of %2 records reparented; the rest keep their previous account until the next sync sends them again.</source>
        <translation>%1 enregistrements rattachés sur %2 ; les autres gardent leur compte précédent jusqu&apos;à ce que la prochaine synchronisation les renvoie.</translation>
    </message>
    <message>
        <source>%1: %2 moved</source>
        <translation>%1 : %2 déplacés</translation>
    </message>
    <message>
        <source>%1: %2 moved, %3 not moved</source>
        <translation>%1 : %2 déplacés, %3 non déplacés</translation>
    </message>
</context>
<context>
    <name>Reparenter</name>
    <message>
        <source>Cancelled before every record was moved.</source>
        <translation>Annulé avant que tous les enregistrements soient déplacés.</translation>
    </message>
    <message>
        <source>Salesforce gave no answer for this record.</source>
        <translation>Salesforce n&apos;a donné aucune réponse pour cet enregistrement.</translation>
    </message>
</context>
<context>
    <name>RunListModel</name>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>retry of #%1</source>
        <translation>nouvelle tentative du n° %1</translation>
    </message>
    <message>
        <source>Rows that changed since the last sync and were therefore sent</source>
        <translation>Lignes modifiées depuis la dernière synchronisation et donc envoyées</translation>
    </message>
    <message>
        <source>Rows that changed since the last sync and were therefore sent (not the object&apos;s total)</source>
        <translation>Lignes modifiées depuis la dernière synchronisation et donc envoyées (pas le total de l&apos;objet)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Tentées</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Lié</translation>
    </message>
</context>
<context>
    <name>RunObjectsModel</name>
    <message>
        <source>No changes</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2</source>
        <translation>Arrêté après %1 sur %2</translation>
    </message>
    <message>
        <source>%1 not sent</source>
        <translation>%1 non envoyées</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>Tout envoyé</translation>
    </message>
    <message>
        <source>%1
Sent with %2</source>
        <translation>%1
Envoyé avec %2</translation>
    </message>
    <message>
        <source>Bulk API 2.0</source>
        <translation>Bulk API 2.0</translation>
    </message>
    <message>
        <source>sObject Collections</source>
        <translation>sObject Collections</translation>
    </message>
    <message>
        <source>Rows read from Metronome; only those that changed are sent</source>
        <translation>Lignes lues depuis Metronome ; seules celles qui ont changé sont envoyées</translation>
    </message>
    <message>
        <source>Rows read from Metronome</source>
        <translation>Lignes lues depuis Metronome</translation>
    </message>
    <message>
        <source>Rows that changed since the last sync and were therefore sent (not the object&apos;s total)</source>
        <translation>Lignes modifiées depuis la dernière synchronisation et donc envoyées (pas le total de l&apos;objet)</translation>
    </message>
    <message>
        <source>Rows not sent because their parent failed in the same run</source>
        <translation>Lignes non envoyées car leur parent a échoué dans la même exécution</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lues</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Tentées</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>RunRepository</name>
    <message>
        <source>The sync stopped unexpectedly (the app was closed or killed). The next sync picks up everything that did not reach Salesforce.</source>
        <translation>La synchronisation s&apos;est arrêtée de façon inattendue (l&apos;application a été fermée ou tuée). La prochaine synchronisation reprendra tout ce qui n&apos;a pas atteint Salesforce.</translation>
    </message>
    <message>
        <source>The workspace database is busy: %1</source>
        <translation>La base de données de l&apos;espace de travail est occupée : %1</translation>
    </message>
    <message>
        <source>A sync of this workspace is already running (run %1, started %2 by process %3). Wait for it to finish or cancel it.</source>
        <translation>Une synchronisation de cet espace de travail est déjà en cours (exécution %1, démarrée %2 par le processus %3). Attendez qu&apos;elle se termine ou annulez-la.</translation>
    </message>
</context>
<context>
    <name>SalesforceAuthorizationFlow</name>
    <message>
        <source>NomeSync could not listen on port %1 for the Salesforce sign-in: %2</source>
        <translation>NomeSync n&apos;a pas pu écouter sur le port %1 pour la connexion à Salesforce : %2</translation>
    </message>
    <message>
        <source>The sign-in timed out.</source>
        <translation>La connexion a expiré.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non pris en charge</translation>
    </message>
    <message>
        <source>This address only accepts the Salesforce sign-in redirect.</source>
        <translation>Cette adresse n&apos;accepte que la redirection de connexion Salesforce.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Already handled</source>
        <translation>Déjà traité</translation>
    </message>
    <message>
        <source>This sign-in attempt is already finished. Return to NomeSync.</source>
        <translation>Cette tentative de connexion est déjà terminée. Revenez à NomeSync.</translation>
    </message>
    <message>
        <source>Sign-in not accepted</source>
        <translation>Connexion non acceptée</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in NomeSync started. Start again from NomeSync.</source>
        <translation>Cette réponse n&apos;appartient pas à la connexion lancée par NomeSync. Recommencez depuis NomeSync.</translation>
    </message>
    <message>
        <source>The state parameter did not match.</source>
        <translation>Le paramètre state ne correspondait pas.</translation>
    </message>
    <message>
        <source>Salesforce not linked</source>
        <translation>Salesforce non lié</translation>
    </message>
    <message>
        <source>The answer from Salesforce had no code.</source>
        <translation>La réponse de Salesforce ne contenait pas de code.</translation>
    </message>
    <message>
        <source>The redirect had no authorization code.</source>
        <translation>La redirection ne contenait pas de code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>Salesforce linked</source>
        <translation>Salesforce lié</translation>
    </message>
    <message>
        <source>NomeSync is signed in to Salesforce. You can close this tab and return to NomeSync.</source>
        <translation>NomeSync est connecté à Salesforce. Vous pouvez fermer cet onglet et revenir à NomeSync.</translation>
    </message>
</context>
<context>
    <name>SalesforceBulkJob</name>
    <message>
        <source>The new Bulk job has no id.</source>
        <translation>Le nouveau job Bulk n&apos;a pas d&apos;ID.</translation>
    </message>
    <message>
        <source>The job was aborted in Salesforce.</source>
        <translation>Le job a été interrompu dans Salesforce.</translation>
    </message>
    <message>
        <source>The Bulk job is in an unknown state &quot;%1&quot;.</source>
        <translation>Le job Bulk est dans un état inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Salesforce did not process this row.</source>
        <translation>Salesforce n&apos;a pas traité cette ligne.</translation>
    </message>
    <message>
        <source>Salesforce did not process this row: %1</source>
        <translation>Salesforce n&apos;a pas traité cette ligne : %1</translation>
    </message>
    <message>
        <source>The Bulk results have no %1 column to match rows by.</source>
        <translation>Les résultats Bulk n&apos;ont pas de colonne %1 pour retrouver les lignes.</translation>
    </message>
    <message>
        <source>Salesforce did not report a result for this row.</source>
        <translation>Salesforce n&apos;a signalé aucun résultat pour cette ligne.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>SalesforceClient</name>
    <message>
        <source>Not signed in to Salesforce.</source>
        <translation>Non connecté à Salesforce.</translation>
    </message>
    <message>
        <source>The version list is empty.</source>
        <translation>La liste des versions est vide.</translation>
    </message>
    <message>
        <source>describeGlobal is not JSON.</source>
        <translation>describeGlobal n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>describe is not JSON.</source>
        <translation>describe n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>allOrNone covers one request of at most %1 records; %2 were given.</source>
        <translation>allOrNone couvre une requête d&apos;au plus %1 enregistrements ; %2 ont été fournis.</translation>
    </message>
    <message>
        <source>The Collections answer does not have one result per record.</source>
        <translation>La réponse Collections n&apos;a pas un résultat par enregistrement.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>A Composite request holds 1 to %1 subrequests; %2 were given.</source>
        <translation>Une requête Composite contient de 1 à %1 sous-requêtes ; %2 ont été fournies.</translation>
    </message>
    <message>
        <source>The query answer is not a result page.</source>
        <translation>La réponse de la requête n&apos;est pas une page de résultats.</translation>
    </message>
</context>
<context>
    <name>SalesforceError</name>
    <message>
        <source>Salesforce could not be reached (%1). Check the network connection; NomeSync already retried a few times.</source>
        <translation>Salesforce est injoignable (%1). Vérifiez la connexion réseau ; NomeSync a déjà réessayé plusieurs fois.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>NomeSync refused to send the request: %1</source>
        <translation>NomeSync a refusé d&apos;envoyer la requête : %1</translation>
    </message>
    <message>
        <source>NomeSync is not signed in to Salesforce. Link Salesforce in the setup or settings first.</source>
        <translation>NomeSync n&apos;est pas connecté à Salesforce. Liez d&apos;abord Salesforce dans la configuration ou les paramètres.</translation>
    </message>
    <message>
        <source>Salesforce did not accept the sign-in code (it expired or was already used). Sign in again.</source>
        <translation>Salesforce n&apos;a pas accepté le code de connexion (il a expiré ou a déjà été utilisé). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Salesforce no longer accepts NomeSync&apos;s sign-in (it was revoked or has expired). Sign in to Salesforce again to continue.</source>
        <translation>Salesforce n&apos;accepte plus la connexion de NomeSync (elle a été révoquée ou a expiré). Reconnectez-vous à Salesforce pour continuer.</translation>
    </message>
    <message>
        <source>Salesforce does not know this consumer key. Check the consumer key and whether the org is a production org, a sandbox or a My Domain.</source>
        <translation>Salesforce ne connaît pas cette clé client. Vérifiez la clé client et si l&apos;org est une org de production, une sandbox ou un My Domain.</translation>
    </message>
    <message>
        <source>Salesforce rejected the consumer secret of the connected app.</source>
        <translation>Salesforce a refusé le secret client de l&apos;application connectée.</translation>
    </message>
    <message>
        <source>The callback URL is not registered for this connected app. Register the loopback callback (http://localhost:&lt;port&gt;/OauthRedirect) in Salesforce.</source>
        <translation>L&apos;URL de rappel n&apos;est pas enregistrée pour cette application connectée. Enregistrez le rappel local (http://localhost:&lt;port&gt;/OauthRedirect) dans Salesforce.</translation>
    </message>
    <message>
        <source>Access was denied in the Salesforce sign-in page, so NomeSync is not linked.</source>
        <translation>L&apos;accès a été refusé sur la page de connexion Salesforce, NomeSync n&apos;est donc pas lié.</translation>
    </message>
    <message>
        <source>Your Salesforce admin has to approve NomeSync&apos;s connected app before you can sign in.</source>
        <translation>Votre administrateur Salesforce doit approuver l&apos;application connectée de NomeSync avant que vous puissiez vous connecter.</translation>
    </message>
    <message>
        <source>Salesforce says this user or org is inactive, so it cannot be linked.</source>
        <translation>Salesforce indique que cet utilisateur ou cette org est inactif, il ne peut donc pas être lié.</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in attempt, so it was ignored. Try again.</source>
        <translation>La réponse de connexion n&apos;appartenait pas à cette tentative et a été ignorée. Réessayez.</translation>
    </message>
    <message>
        <source>The Salesforce sign-in was not completed in time. Try again.</source>
        <translation>La connexion à Salesforce n&apos;a pas été terminée à temps. Réessayez.</translation>
    </message>
    <message>
        <source>Salesforce sign-in failed: %1 (%2).</source>
        <translation>Échec de la connexion à Salesforce : %1 (%2).</translation>
    </message>
    <message>
        <source>The Salesforce org has used up its daily API request allocation (TotalRequests Limit exceeded). NomeSync stopped; sync again once the rolling 24-hour window frees requests, or ask your Salesforce admin for a higher allocation.</source>
        <translation>L&apos;org Salesforce a épuisé son quota quotidien de requêtes d&apos;API (TotalRequests Limit exceeded). NomeSync s&apos;est arrêté ; synchronisez de nouveau quand la fenêtre glissante de 24 heures libérera des requêtes, ou demandez un quota plus élevé à votre administrateur Salesforce.</translation>
    </message>
    <message>
        <source>Salesforce is busy with too many long-running requests in this org (ConcurrentPerOrgLongTxn). NomeSync retried and gave up; try again later.</source>
        <translation>Salesforce est occupé par trop de requêtes longues dans cette org (ConcurrentPerOrgLongTxn). NomeSync a réessayé puis abandonné ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Salesforce could not lock the records (UNABLE_TO_LOCK_ROW) after several retries. Another process is updating them; try again later.</source>
        <translation>Salesforce n&apos;a pas pu verrouiller les enregistrements (UNABLE_TO_LOCK_ROW) après plusieurs tentatives. Un autre processus les met à jour ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Salesforce could not find what NomeSync asked for: %1 (%2). Is the package installed and visible to this user?</source>
        <translation>Salesforce n&apos;a pas trouvé ce que NomeSync demandait : %1 (%2). Le package est-il installé et visible pour cet utilisateur ?</translation>
    </message>
    <message>
        <source>The Salesforce org does not allow API access (its edition or the user&apos;s profile).</source>
        <translation>L&apos;org Salesforce n&apos;autorise pas l&apos;accès API (son édition ou le profil de l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Salesforce answered with an error: %1 (%2).</source>
        <translation>Salesforce a répondu par une erreur : %1 (%2).</translation>
    </message>
    <message>
        <source>The external ID matches more than one Salesforce record, so Salesforce did not know which one to update.</source>
        <translation>L&apos;ID externe correspond à plusieurs enregistrements Salesforce ; Salesforce ne savait donc pas lequel mettre à jour.</translation>
    </message>
    <message>
        <source>The Salesforce org does not offer API version %1, which NomeSync needs.</source>
        <translation>L&apos;org Salesforce ne propose pas la version d&apos;API %1 dont NomeSync a besoin.</translation>
    </message>
    <message>
        <source>Salesforce sent an answer NomeSync cannot read: %1</source>
        <translation>Salesforce a envoyé une réponse que NomeSync ne peut pas lire : %1</translation>
    </message>
    <message>
        <source>The Salesforce Bulk API job did not complete: %1</source>
        <translation>Le job Bulk API de Salesforce ne s&apos;est pas terminé : %1</translation>
    </message>
    <message>
        <source>NomeSync cannot send this request to Salesforce: %1</source>
        <translation>NomeSync ne peut pas envoyer cette requête à Salesforce : %1</translation>
    </message>
    <message>
        <source>Salesforce cannot take requests right now (HTTP %1: %2). NomeSync retried a few times and stopped; what was not written goes in the next sync.</source>
        <translation>Salesforce ne peut pas traiter de requêtes pour le moment (HTTP %1 : %2). NomeSync a réessayé plusieurs fois puis s’est arrêté ; ce qui n’a pas été écrit partira avec la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>SalesforceId</name>
    <message>
        <source>Enter a Salesforce ID.</source>
        <translation>Saisissez un ID Salesforce.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters; a Salesforce ID has 15 or 18.</source>
        <translation>« %1 » a %2 caractères ; un ID Salesforce en a 15 ou 18.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains characters that never appear in a Salesforce ID (only letters and digits do).</source>
        <translation>« %1 » contient des caractères qui n&apos;apparaissent jamais dans un ID Salesforce (seulement des lettres et des chiffres).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fails the Salesforce ID checksum: a character was probably mistyped. Copy the ID again from the record&apos;s URL.</source>
        <translation>« %1 » échoue à la somme de contrôle des ID Salesforce : un caractère a probablement été mal saisi. Copiez de nouveau l&apos;ID depuis l&apos;URL de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a valid Salesforce ID, but not of an %2 (%2 IDs start with &quot;%3&quot;).</source>
        <translation>« %1 » est un ID Salesforce valide, mais pas d&apos;un %2 (les ID de %2 commencent par « %3 »).</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
</context>
<context>
    <name>SalesforceOAuthConfig</name>
    <message>
        <source>&quot;%1&quot; is not a My Domain name or URL (e.g. acme or https://acme.my.salesforce.com).</source>
        <translation>« %1 » n&apos;est pas un nom ou une URL My Domain (par ex. acme ou https://acme.my.salesforce.com).</translation>
    </message>
</context>
<context>
    <name>SalesforcePackageCheck</name>
    <message>
        <source>%1 (%2) is not in the org, or this user cannot see it. Install the package for this user.</source>
        <translation>%1 (%2) n&apos;est pas dans l&apos;org, ou cet utilisateur ne peut pas le voir. Installez le package pour cet utilisateur.</translation>
    </message>
    <message>
        <source>%1 is missing because its object is missing.</source>
        <translation>%1 est absent car son objet est absent.</translation>
    </message>
    <message>
        <source>This user cannot create and edit %1 records.</source>
        <translation>Cet utilisateur ne peut pas créer ni modifier d&apos;enregistrements %1.</translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation>%1 est installé.</translation>
    </message>
    <message>
        <source>Field %1 is missing from %2.</source>
        <translation>Le champ %1 est absent de %2.</translation>
    </message>
    <message>
        <source>Field %1 is of type %2; the package needs %3.</source>
        <translation>Le champ %1 est de type %2 ; le package a besoin de %3.</translation>
    </message>
    <message>
        <source>Field %1 is not an external ID, so records cannot be upserted by it.</source>
        <translation>Le champ %1 n&apos;est pas un ID externe, les enregistrements ne peuvent donc pas être insérés ou mis à jour (upsert) par lui.</translation>
    </message>
    <message>
        <source>This user cannot write field %1.</source>
        <translation>Cet utilisateur ne peut pas écrire le champ %1.</translation>
    </message>
    <message>
        <source>Field %1 holds %2 characters; the package needs %3.</source>
        <translation>Le champ %1 contient %2 caractères ; le package a besoin de %3.</translation>
    </message>
    <message>
        <source>Field %1 is in place.</source>
        <translation>Le champ %1 est en place.</translation>
    </message>
</context>
<context>
    <name>SalesforceRecordLoader</name>
    <message>
        <source>The Salesforce org is missing what the sync writes: %1</source>
        <translation>Il manque à l&apos;org Salesforce ce que la synchronisation écrit : %1</translation>
    </message>
</context>
<context>
    <name>SalesforceSession</name>
    <message>
        <source>No keychain is configured.</source>
        <translation>Aucun trousseau n&apos;est configuré.</translation>
    </message>
    <message>
        <source>There is no Salesforce refresh token; sign in first.</source>
        <translation>Il n&apos;y a pas de jeton d&apos;actualisation Salesforce ; connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>The identity answer is not JSON.</source>
        <translation>La réponse d&apos;identité n&apos;est pas du JSON.</translation>
    </message>
</context>
<context>
    <name>SalesforceTokens</name>
    <message>
        <source>The token answer has no access token.</source>
        <translation>La réponse de jeton ne contient pas de jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The token answer has no usable instance URL.</source>
        <translation>La réponse de jeton ne contient pas d&apos;URL d&apos;instance utilisable.</translation>
    </message>
</context>
<context>
    <name>SandboxInfo</name>
    <message>
        <source>The sandbox description is incomplete (it needs the Metronome URL and token and the Salesforce login URL and consumer key).</source>
        <translation>La description de la sandbox est incomplète (il faut l&apos;URL et le jeton Metronome ainsi que l&apos;URL de connexion et la clé client Salesforce).</translation>
    </message>
    <message>
        <source>Cannot read the sandbox description %1: %2</source>
        <translation>Impossible de lire la description de la sandbox %1 : %2</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Only when started by hand</source>
        <translation>Seulement au lancement manuel</translation>
    </message>
    <message>
        <source>Daily at %1 UTC</source>
        <translation>Tous les jours à %1 UTC</translation>
    </message>
    <message>
        <source>Every hour (from %1 UTC)</source>
        <translation>Toutes les heures (à partir de %1 UTC)</translation>
    </message>
    <message>
        <source>Every %1 hours (from %2 UTC)</source>
        <translation>Toutes les %1 heures (à partir de %2 UTC)</translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>No saved key was found in the system keychain. Enter it again to store it. (If your keyring is locked, unlock it first.)</source>
        <translation>Aucune clé enregistrée n&apos;a été trouvée dans le trousseau du système. Saisissez-la de nouveau pour l&apos;enregistrer. (Si votre trousseau est verrouillé, déverrouillez-le d&apos;abord.)</translation>
    </message>
    <message>
        <source>No system keychain is available, so NomeSync cannot store keys safely. Install and start a Secret Service provider (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Aucun trousseau système n&apos;est disponible, NomeSync ne peut donc pas stocker les clés de façon sûre. Installez et démarrez un fournisseur Secret Service (par exemple GNOME Keyring ou KWallet) et réessayez.</translation>
    </message>
    <message>
        <source>Your keyring is locked or not set up yet. Unlock it (for example with the &quot;Passwords and Keys&quot; app, or by logging in again) and try again.</source>
        <translation>Votre trousseau est verrouillé ou pas encore configuré. Déverrouillez-le (par exemple avec l&apos;application « Mots de passe et clés », ou en vous reconnectant) et réessayez.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Allow NomeSync to use the keychain and try again.</source>
        <translation>L&apos;accès au trousseau du système a été refusé. Autorisez NomeSync à utiliser le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Le trousseau du système a signalé une erreur : %1</translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Daily Sync in the &amp;Background</source>
        <translation>Synchronisation quotidienne en &amp;arrière-plan</translation>
    </message>
    <message>
        <source>Sync every workspace daily at 07:00 UTC with a systemd user timer, also while NomeSync is closed</source>
        <translation>Synchroniser chaque espace de travail tous les jours à 07:00 UTC avec un minuteur utilisateur systemd, même quand NomeSync est fermé</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>NomeSync uses the new language the next time it starts.</source>
        <translation>NomeSync utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>Daily Sync in the Background</source>
        <translation>Synchronisation quotidienne en arrière-plan</translation>
    </message>
</context>
<context>
    <name>SetupCommand</name>
    <message>
        <source>Sets up a workspace without a window. Put the Metronome API token in the environment variable %1 (never on the command line). Salesforce sign-in prints an address to open in a browser.</source>
        <translation>Configure un espace de travail sans fenêtre. Placez le jeton d&apos;API Metronome dans la variable d&apos;environnement %1 (jamais sur la ligne de commande). La connexion à Salesforce affiche une adresse à ouvrir dans un navigateur.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Name of the new workspace.</source>
        <translation>Nom du nouvel espace de travail.</translation>
    </message>
    <message>
        <source>Production, Staging, Sandbox or your own (default Production).</source>
        <translation>Production, Staging, Sandbox ou le vôtre (Production par défaut).</translation>
    </message>
    <message>
        <source>Metronome API base URL (default https://api.metronome.com).</source>
        <translation>URL de base de l&apos;API Metronome (par défaut https://api.metronome.com).</translation>
    </message>
    <message>
        <source>https://login.salesforce.com (production), https://test.salesforce.com (sandbox) or your My Domain.</source>
        <translation>https://login.salesforce.com (production), https://test.salesforce.com (sandbox) ou votre My Domain.</translation>
    </message>
    <message>
        <source>Consumer key of the connected app.</source>
        <translation>Clé client de l&apos;application connectée.</translation>
    </message>
    <message>
        <source>Fixed loopback port for the sign-in redirect (default: a free one).</source>
        <translation>Port local fixe pour la redirection de connexion (par défaut : un port libre).</translation>
    </message>
    <message>
        <source>all (default) or linked: which customers to sync.</source>
        <translation>all (par défaut) ou linked : les clients à synchroniser.</translation>
    </message>
    <message>
        <source>daily@07:00 (default), every:6h, or off.</source>
        <translation>daily@07:00 (par défaut), every:6h, ou off.</translation>
    </message>
    <message>
        <source>Only these Salesforce objects (comma-separated).</source>
        <translation>Seulement ces objets Salesforce (séparés par des virgules).</translation>
    </message>
    <message>
        <source>Last day of usage to read (YYYY-MM-DD; default: today).</source>
        <translation>Dernier jour de consommation à lire (AAAA-MM-JJ ; par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Keep workspaces in &lt;dir&gt;.</source>
        <translation>Conserver les espaces de travail dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Usage: nomesync setup --workspace NAME --client-id ID [--environment ENV] [--metronome-url URL] [--salesforce-login-url URL] [--scope all|linked] [--schedule daily@07:00|every:6h|off]</source>
        <translation>Utilisation : nomesync setup --workspace NAME --client-id ID [--environment ENV] [--metronome-url URL] [--salesforce-login-url URL] [--scope all|linked] [--schedule daily@07:00|every:6h|off]</translation>
    </message>
    <message>
        <source>Set the Metronome API token in the environment variable %1 (it is never read from the command line).</source>
        <translation>Placez le jeton d&apos;API Metronome dans la variable d&apos;environnement %1 (il n&apos;est jamais lu sur la ligne de commande).</translation>
    </message>
    <message>
        <source>Metronome: %1</source>
        <translation>Metronome : %1</translation>
    </message>
    <message>
        <source>Metronome: token accepted and stored in the keychain: %1 customers (%2 linked to Salesforce), %3 billable metrics.</source>
        <translation>Metronome : jeton accepté et enregistré dans le trousseau : %1 clients (%2 liés à Salesforce), %3 métriques facturables.</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in to Salesforce:</source>
        <translation>Ouvrez cette adresse dans un navigateur pour vous connecter à Salesforce :</translation>
    </message>
    <message>
        <source>Salesforce: %1</source>
        <translation>Salesforce : %1</translation>
    </message>
    <message>
        <source>Salesforce: signed in as %1 (org %2), API %3.</source>
        <translation>Salesforce : connecté en tant que %1 (org %2), API %3.</translation>
    </message>
    <message>
        <source>The org is missing %1 parts of the Metronome package. Install or upgrade it, then run setup again.</source>
        <translation>Il manque à l&apos;org %1 éléments du package Metronome. Installez-le ou mettez-le à jour, puis relancez la configuration.</translation>
    </message>
    <message>
        <source>Package %1: every object and field is in place.</source>
        <translation>Package %1 : chaque objet et champ est en place.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; is set up. Next: nomesync sync --workspace &quot;%1&quot;</source>
        <translation>L&apos;espace de travail « %1 » est configuré. Ensuite : nomesync sync --workspace &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SetupCoordinator</name>
    <message>
        <source>The workspace setup was saved.</source>
        <translation>La configuration de l&apos;espace de travail a été enregistrée.</translation>
    </message>
</context>
<context>
    <name>SetupPackagePage</name>
    <message>
        <source>Install the Metronome package</source>
        <translation>Installer le package Metronome</translation>
    </message>
    <message>
        <source>NomeSync writes into the custom objects of the Metronome package, so the package comes first, in the Salesforce org you will link in step 3.</source>
        <translation>NomeSync écrit dans les objets personnalisés du package Metronome : le package passe donc en premier, dans l&apos;org Salesforce que vous lierez à l&apos;étape 3.</translation>
    </message>
    <message>
        <source>Your Salesforce org</source>
        <translation>Votre org Salesforce</translation>
    </message>
    <message>
        <source>&amp;Production (login.salesforce.com)</source>
        <translation>&amp;Production (login.salesforce.com)</translation>
    </message>
    <message>
        <source>&amp;Sandbox (test.salesforce.com)</source>
        <translation>&amp;Sandbox (test.salesforce.com)</translation>
    </message>
    <message>
        <source>&amp;My Domain:</source>
        <translation>&amp;My Domain :</translation>
    </message>
    <message>
        <source>acme or https://acme.my.salesforce.com</source>
        <translation>acme ou https://acme.my.salesforce.com</translation>
    </message>
    <message>
        <source>&amp;Install Now</source>
        <translation>&amp;Installer maintenant</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-bottom:4px&apos;&gt;The install page asks who gets the package:&lt;/p&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;&lt;li&gt;&lt;b&gt;Admins only&lt;/b&gt; — only System Administrators can use its objects.&lt;/li&gt;&lt;li&gt;&lt;b&gt;All users&lt;/b&gt; — everyone in the org, for example sales teams reading the data.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Specific profiles&lt;/b&gt; — only the profiles you pick.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Whatever you choose, include the person who signs in at step 3: NomeSync reads and writes the package&apos;s objects as that user. Installing takes a few seconds to a few minutes; Salesforce sends an email if it takes longer.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin-bottom:4px&apos;&gt;La page d&apos;installation demande qui reçoit le package :&lt;/p&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;&lt;li&gt;&lt;b&gt;Administrateurs uniquement&lt;/b&gt; — seuls les administrateurs système peuvent utiliser ses objets.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tous les utilisateurs&lt;/b&gt; — tout le monde dans l&apos;org, par exemple les équipes commerciales qui lisent les données.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Profils spécifiques&lt;/b&gt; — seulement les profils que vous choisissez.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Quel que soit votre choix, incluez la personne qui se connecte à l&apos;étape 3 : NomeSync lit et écrit les objets du package en tant que cet utilisateur. L&apos;installation prend de quelques secondes à quelques minutes ; Salesforce envoie un e-mail si elle dure plus longtemps.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The package is installe&amp;d in this org</source>
        <translation>Le package est installé &amp;dans cette org</translation>
    </message>
    <message>
        <source>NomeSync checks every object and field for real at step 3.</source>
        <translation>NomeSync vérifie réellement chaque objet et champ à l&apos;étape 3.</translation>
    </message>
    <message>
        <source>No browser opened</source>
        <translation>Aucun navigateur ouvert</translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer, install the package, then come back:
%1</source>
        <translation>Ouvrez cette adresse dans un navigateur sur cet ordinateur, installez le package, puis revenez :
%1</translation>
    </message>
    <message>
        <source>&amp;Sandbox — the local NomeSync sandbox org (%1)</source>
        <translation>&amp;Sandbox — l&apos;org sandbox locale de NomeSync (%1)</translation>
    </message>
    <message>
        <source>Trying NomeSync with sandbox data</source>
        <translation>Essayer NomeSync avec les données de la sandbox</translation>
    </message>
    <message>
        <source>Every step runs against the local Metronome and Salesforce servers that scripts/dev.sh started, with generated customers. Nothing leaves this computer, and no account is needed.</source>
        <translation>Chaque étape s&apos;exécute sur les serveurs Metronome et Salesforce locaux lancés par scripts/dev.sh, avec des clients générés. Rien ne quitte cet ordinateur et aucun compte n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Choose your org first.</source>
        <translation>Choisissez d&apos;abord votre org.</translation>
    </message>
    <message>
        <source>Opens the package&apos;s install page on %1 in your browser.</source>
        <translation>Ouvre la page d&apos;installation du package sur %1 dans votre navigateur.</translation>
    </message>
</context>
<context>
    <name>SetupSalesforcePage</name>
    <message>
        <source>Link Salesforce</source>
        <translation>Lier Salesforce</translation>
    </message>
    <message>
        <source>Sign in as the user NomeSync writes as. NomeSync then checks that every object and field of the package is in place and that this user can write them.</source>
        <translation>Connectez-vous avec l&apos;utilisateur sous lequel NomeSync écrit. NomeSync vérifie ensuite que chaque objet et champ du package est en place et que cet utilisateur peut les écrire.</translation>
    </message>
    <message>
        <source>Consumer key of your connected app</source>
        <translation>Clé client de votre application connectée</translation>
    </message>
    <message>
        <source>&amp;Sign In with Salesforce…</source>
        <translation>Se &amp;connecter avec Salesforce…</translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation>&amp;Clé client :</translation>
    </message>
    <message>
        <source>Cancel Sign-In</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>No browser? Open this address in one:</source>
        <translation>Pas de navigateur ? Ouvrez cette adresse dans l&apos;un d&apos;eux :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Afficher seulement les &amp;problèmes</translation>
    </message>
    <message>
        <source>C&amp;heck Again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <source>What the org has of the package:</source>
        <translation>Ce que l&apos;org possède du package :</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>&amp;Sign In Again…</source>
        <translation>Se &amp;reconnecter…</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there and click Allow; NomeSync continues by itself.</source>
        <translation>En attente du navigateur… Connectez-vous-y et cliquez sur Autoriser ; NomeSync continue tout seul.</translation>
    </message>
    <message>
        <source>Waiting for the browser… No browser opened, so open the address below in one, sign in and click Allow.</source>
        <translation>En attente du navigateur… Aucun navigateur ne s&apos;est ouvert : ouvrez l&apos;adresse ci-dessous dans l&apos;un d&apos;eux, connectez-vous et cliquez sur Autoriser.</translation>
    </message>
    <message>
        <source>Checking the org: the package&apos;s objects, fields and access…</source>
        <translation>Vérification de l&apos;org : objets, champs et accès du package…</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>Connecté en tant que &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Org &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Org &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · API version %1</source>
        <translation> · version d&apos;API %1</translation>
    </message>
    <message>
        <source>Package found: &lt;b&gt;%1&lt;/b&gt; %2 — NomeSync syncs with its profile, %3.</source>
        <translation>Package trouvé : &lt;b&gt;%1&lt;/b&gt; %2 — NomeSync synchronise avec son profil, %3.</translation>
    </message>
    <message>
        <source>Package: &lt;b&gt;%1&lt;/b&gt; %2 (profile %3).</source>
        <translation>Package : &lt;b&gt;%1&lt;/b&gt; %2 (profil %3).</translation>
    </message>
    <message>
        <source>Salesforce is ready</source>
        <translation>Salesforce est prêt</translation>
    </message>
    <message>
        <source>Every object and field of the package is in place, with external IDs, and this user can create and edit them. The sign-in is in the system keychain.</source>
        <translation>Chaque objet et champ du package est en place, avec des ID externes, et cet utilisateur peut les créer et les modifier. La connexion est conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The Metronome package is not in this org</source>
        <translation>Le package Metronome n&apos;est pas dans cette org</translation>
    </message>
    <message>
        <source>This user sees none of the package&apos;s objects. Install the package (step 1) in this org, for all users or for this user&apos;s profile, then click Check Again.</source>
        <translation>Cet utilisateur ne voit aucun des objets du package. Installez le package (étape 1) dans cette org, pour tous les utilisateurs ou pour le profil de cet utilisateur, puis cliquez sur Vérifier de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>The org is missing %n part(s) of the package</source>
        <translation>
            <numerusform>Il manque à l&apos;org %n élément du package</numerusform>
            <numerusform>Il manque à l&apos;org %n éléments du package</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Install or upgrade the Metronome package (step 1) so it has every field, and give this user access to it, then click Check Again. NomeSync cannot sync until the list is green.</source>
        <translation>%1

Installez ou mettez à jour le package Metronome (étape 1) pour qu&apos;il ait chaque champ, donnez-en l&apos;accès à cet utilisateur, puis cliquez sur Vérifier de nouveau. NomeSync ne peut pas synchroniser tant que la liste n&apos;est pas verte.</translation>
    </message>
    <message>
        <source>Signed in, but the keychain could not store the sign-in</source>
        <translation>Connecté, mais le trousseau n&apos;a pas pu enregistrer la connexion</translation>
    </message>
    <message>
        <source>%1

Then sign in again.</source>
        <translation>%1

Puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Signing in to Salesforce did not work</source>
        <translation>La connexion à Salesforce n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <source>%1

Check the org kind in step 1 and the consumer key, then sign in again.</source>
        <translation>%1

Vérifiez le type d&apos;org à l&apos;étape 1 et la clé client, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Linked to Salesforce</source>
        <translation>Lié à Salesforce</translation>
    </message>
    <message>
        <source>The workspace keeps its sign-in. Sign in again to link another user or org, or to check the package again.</source>
        <translation>L&apos;espace de travail garde sa connexion. Reconnectez-vous pour lier un autre utilisateur ou une autre org, ou pour vérifier de nouveau le package.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>The org or consumer key changed, so NomeSync needs a new sign-in.</source>
        <translation>L&apos;org ou la clé client a changé, NomeSync a donc besoin d&apos;une nouvelle connexion.</translation>
    </message>
</context>
<context>
    <name>SetupStepList</name>
    <message>
        <source>Setup</source>
        <translation>Configuration</translation>
    </message>
</context>
<context>
    <name>SetupSyncPage</name>
    <message>
        <source>Choose what to sync</source>
        <translation>Choisir quoi synchroniser</translation>
    </message>
    <message>
        <source>You can change all of this later by running the setup again on this workspace.</source>
        <translation>Vous pourrez tout modifier plus tard en relançant la configuration sur cet espace de travail.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Link a customer to a Salesforce account in Metronome (customer ▸ Settings ▸ Linked Accounts) or on the Customers page.</source>
        <translation>Liez un client à un compte Salesforce dans Metronome (client ▸ Settings ▸ Linked Accounts) ou dans la page Clients.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>&amp;Daily at</source>
        <translation>&amp;Tous les jours à</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>Toutes &amp;les</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Salesforce objects</source>
        <translation>Objets Salesforce</translation>
    </message>
    <message>
        <source>Chec&amp;k All</source>
        <translation>Tout coc&amp;her</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Complete Setup</source>
        <translation>&amp;Terminer la configuration</translation>
    </message>
    <message>
        <source>&amp;All customers (%1)</source>
        <translation>&amp;Tous les clients (%1)</translation>
    </message>
    <message>
        <source>Only customers &amp;linked to a Salesforce account (%1)</source>
        <translation>Seulement les clients &amp;liés à un compte Salesforce (%1)</translation>
    </message>
    <message>
        <source>&amp;All customers</source>
        <translation>&amp;Tous les clients</translation>
    </message>
    <message>
        <source>Only customers &amp;linked to a Salesforce account</source>
        <translation>Seulement les clients &amp;liés à un compte Salesforce</translation>
    </message>
    <message>
        <source>Choose at least one object.</source>
        <translation>Choisissez au moins un objet.</translation>
    </message>
    <message>
        <source>All %1 objects of the package.</source>
        <translation>Les %1 objets du package.</translation>
    </message>
    <message>
        <source>%1 of %2 objects. Children of an unchecked object still find their parent by its external ID.</source>
        <translation>%1 objets sur %2. Les enfants d&apos;un objet non coché retrouvent toujours leur parent par son ID externe.</translation>
    </message>
    <message>
        <source>%1. Next scheduled sync: %2 UTC.</source>
        <translation>%1. Prochaine synchronisation planifiée : %2 UTC.</translation>
    </message>
    <message>
        <source>%1. The first sync starts right after setup; the next scheduled one is %2 UTC.</source>
        <translation>%1. La première synchronisation démarre juste après la configuration ; la prochaine planifiée est à %2 UTC.</translation>
    </message>
    <message>
        <source>%1 linked customers</source>
        <translation>%1 clients liés</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source>the linked customers</source>
        <translation>les clients liés</translation>
    </message>
    <message>
        <source>every customer</source>
        <translation>chaque client</translation>
    </message>
    <message>
        <source>1 object</source>
        <translation>1 objet</translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation>%1 objets</translation>
    </message>
    <message>
        <source>the signed-in user</source>
        <translation>l&apos;utilisateur connecté</translation>
    </message>
    <message>
        <source>&lt;b&gt;Save changes&lt;/b&gt; updates workspace &lt;b&gt;%1&lt;/b&gt; (%2): it syncs %3 into %4 as %5.</source>
        <translation>&lt;b&gt;Enregistrer les modifications&lt;/b&gt; met à jour l&apos;espace de travail &lt;b&gt;%1&lt;/b&gt; (%2) : il synchronise %3 vers %4 en tant que %5.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Complete setup&lt;/b&gt; creates workspace &lt;b&gt;%1&lt;/b&gt; (%2) and starts its first sync in the background: %3 into %4 as %5.</source>
        <translation>&lt;b&gt;Terminer la configuration&lt;/b&gt; crée l&apos;espace de travail &lt;b&gt;%1&lt;/b&gt; (%2) et lance sa première synchronisation en arrière-plan : %3 vers %4 en tant que %5.</translation>
    </message>
    <message>
        <source>Then: %1.</source>
        <translation>Ensuite : %1.</translation>
    </message>
    <message>
        <source>The workspace could not be saved</source>
        <translation>Impossible d&apos;enregistrer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. Fix the problem, then try again, or go back to the step it names.</source>
        <translation>%1

Rien n&apos;a été modifié. Corrigez le problème puis réessayez, ou revenez à l&apos;étape indiquée.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Edit Workspace “%1” — NomeSync</source>
        <translation>Modifier l&apos;espace de travail « %1 » — NomeSync</translation>
    </message>
    <message>
        <source>Try NomeSync with Sandbox Data</source>
        <translation>Essayer NomeSync avec les données de la sandbox</translation>
    </message>
    <message>
        <source>Set Up a Workspace — NomeSync</source>
        <translation>Configurer un espace de travail — NomeSync</translation>
    </message>
    <message>
        <source>Install the package</source>
        <translation>Installer le package</translation>
    </message>
    <message>
        <source>Set up the workspace</source>
        <translation>Configurer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Link Salesforce</source>
        <translation>Lier Salesforce</translation>
    </message>
    <message>
        <source>Choose what to sync</source>
        <translation>Choisir quoi synchroniser</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SetupWizardController</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Sandbox demo</source>
        <translation>Démo sandbox</translation>
    </message>
    <message>
        <source>Sandbox demo %1</source>
        <translation>Démo sandbox %1</translation>
    </message>
    <message>
        <source>That workspace no longer exists.</source>
        <translation>Cet espace de travail n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Enter your My Domain, for example acme or https://acme.my.salesforce.com.</source>
        <translation>Saisissez votre My Domain, par exemple acme ou https://acme.my.salesforce.com.</translation>
    </message>
    <message>
        <source>Enter the Metronome API address (normally %1).</source>
        <translation>Saisissez l&apos;adresse de l&apos;API Metronome (normalement %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Use the form %2.</source>
        <translation>« %1 » n&apos;est pas une adresse web. Utilisez la forme %2.</translation>
    </message>
    <message>
        <source>%1 customers (%2 linked to Salesforce), %3 billable metrics</source>
        <translation>%1 clients (%2 liés à Salesforce), %3 métriques facturables</translation>
    </message>
</context>
<context>
    <name>SetupWorkspacePage</name>
    <message>
        <source>Set up the workspace</source>
        <translation>Configurer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>A workspace pairs one Metronome environment with one Salesforce org. Repeat the setup for every environment you sync, such as Staging and Production.</source>
        <translation>Un espace de travail associe un environnement Metronome à une org Salesforce. Répétez la configuration pour chaque environnement que vous synchronisez, comme Staging et Production.</translation>
    </message>
    <message>
        <source>for example Acme Billing — Production</source>
        <translation>par exemple Acme Billing — Production</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The Metronome environment this workspace reads. Type your own name if it is none of these.</source>
        <translation>L&apos;environnement Metronome que lit cet espace de travail. Saisissez votre propre nom si ce n&apos;est aucun de ceux-ci.</translation>
    </message>
    <message>
        <source>Paste the API token</source>
        <translation>Collez le jeton d&apos;API</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Keep Stored Token</source>
        <translation>Garder le jeton enregistré</translation>
    </message>
    <message>
        <source>Stored in the system keychain — it is never shown again.</source>
        <translation>Enregistré dans le trousseau du système — il n&apos;est plus jamais affiché.</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Remplacer…</translation>
    </message>
    <message>
        <source>Create one in Metronome under Connections ▸ API tokens. NomeSync keeps it in the system keychain only.</source>
        <translation>Créez-en un dans Metronome sous Connections ▸ API tokens. NomeSync le conserve uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Workspace na&amp;me:</source>
        <translation>&amp;Nom de l&apos;espace de travail :</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>Metronome &amp;API URL:</source>
        <translation>URL de l&apos;&amp;API Metronome :</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d&apos;API :</translation>
    </message>
    <message>
        <source>Checking the token… %1 customers counted so far</source>
        <translation>Vérification du jeton… %1 clients comptés jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Checking the token with Metronome…</source>
        <translation>Vérification du jeton auprès de Metronome…</translation>
    </message>
    <message>
        <source>Metronome accepted the token, but the keychain could not store it</source>
        <translation>Metronome a accepté le jeton, mais le trousseau n&apos;a pas pu l&apos;enregistrer</translation>
    </message>
    <message>
        <source>%1

NomeSync never keeps tokens anywhere else. Then click Verify again.</source>
        <translation>%1

NomeSync ne conserve jamais les jetons ailleurs. Cliquez ensuite de nouveau sur Vérifier.</translation>
    </message>
    <message>
        <source>Metronome did not accept the token</source>
        <translation>Metronome n&apos;a pas accepté le jeton</translation>
    </message>
    <message>
        <source>%1

Check that the API URL is right for this environment and that the token is current (copy it again from Metronome), then click Verify.</source>
        <translation>%1

Vérifiez que l&apos;URL de l&apos;API correspond à cet environnement et que le jeton est à jour (copiez-le de nouveau depuis Metronome), puis cliquez sur Vérifier.</translation>
    </message>
    <message>
        <source>Connected to Metronome</source>
        <translation>Connecté à Metronome</translation>
    </message>
    <message>
        <source>Found %1. The token is now in the system keychain.</source>
        <translation>%1 trouvés. Le jeton est maintenant dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The workspace&apos;s token is in the system keychain. Click Replace to use another one.</source>
        <translation>Le jeton de l&apos;espace de travail est dans le trousseau du système. Cliquez sur Remplacer pour en utiliser un autre.</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <source>Monthly spend</source>
        <translation>Dépenses mensuelles</translation>
    </message>
    <message>
        <source>Monthly spend chart</source>
        <translation>Graphique des dépenses mensuelles</translation>
    </message>
    <message>
        <source>Include commit &amp;purchases</source>
        <translation>Inclure les achats d&apos;&amp;engagement</translation>
    </message>
    <message>
        <source>Every invoice of this customer is void: no spend.</source>
        <translation>Toutes les factures de ce client sont annulées : aucune dépense.</translation>
    </message>
    <message>
        <source>No invoices: nothing has been billed.</source>
        <translation>Aucune facture : rien n&apos;a été facturé.</translation>
    </message>
    <message>
        <source>Usage invoices</source>
        <translation>Factures de consommation</translation>
    </message>
    <message>
        <source>Commit purchases and other invoices</source>
        <translation>Achats d&apos;engagement et autres factures</translation>
    </message>
    <message>
        <source>Current month (draft)</source>
        <translation>Mois en cours (brouillon)</translation>
    </message>
    <message>
        <source>Usage charges before commits and credits</source>
        <translation>Frais de consommation avant engagements et crédits</translation>
    </message>
    <message>
        <source>Billing period starts, %1</source>
        <translation>Début de la période de facturation, %1</translation>
    </message>
    <message>
        <source>Billing period starts, %1 – %2</source>
        <translation>Début de la période de facturation, %1 – %2</translation>
    </message>
    <message>
        <source>Invoice totals (%1)</source>
        <translation>Totaux des factures (%1)</translation>
    </message>
    <message>
        <source>Current draft: %1.</source>
        <translation>Brouillon actuel : %1.</translation>
    </message>
    <message>
        <source>Commit purchases of %1 not drawn (Include commit purchases shows them).</source>
        <translation>Achats d&apos;engagement de %1 non représentés (« Inclure les achats d&apos;engagement » les affiche).</translation>
    </message>
    <message numerus="yes">
        <source>%n void invoice(s) left out.</source>
        <translation>
            <numerusform>%n facture annulée écartée.</numerusform>
            <numerusform>%n factures annulées écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) in other units left out (see Invoices).</source>
        <translation>
            <numerusform>%n facture dans d&apos;autres unités écartée (voir Factures).</numerusform>
            <numerusform>%n factures dans d&apos;autres unités écartées (voir Factures).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionReviewDialog</name>
    <message>
        <source>Review Suggested Link</source>
        <translation>Examiner le lien suggéré</translation>
    </message>
    <message>
        <source>Metronome customer (orphan)</source>
        <translation>Client Metronome (orphelin)</translation>
    </message>
    <message>
        <source>Suggested Salesforce account</source>
        <translation>Compte Salesforce suggéré</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédente</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <source>&amp;Link to This Account</source>
        <translation>&amp;Lier à ce compte</translation>
    </message>
    <message>
        <source>Suggestion %1 of %2</source>
        <translation>Suggestion %1 sur %2</translation>
    </message>
    <message>
        <source>Metronome ID: %1</source>
        <translation>ID Metronome : %1</translation>
    </message>
    <message>
        <source>Ingest aliases: %1</source>
        <translation>Alias d&apos;ingestion : %1</translation>
    </message>
    <message>
        <source>This month: %1</source>
        <translation>Ce mois-ci : %1</translation>
    </message>
    <message>
        <source>no spend</source>
        <translation>aucune dépense</translation>
    </message>
    <message>
        <source>Account ID: %1</source>
        <translation>ID du compte : %1</translation>
    </message>
    <message>
        <source>Why: the account already carries this customer&apos;s Metronome ID.</source>
        <translation>Pourquoi : le compte porte déjà l&apos;ID Metronome de ce client.</translation>
    </message>
    <message>
        <source>Why: the names match %1% once case, punctuation, accents and legal suffixes (Inc, GmbH, Ltd…) are set aside.</source>
        <translation>Pourquoi : les noms correspondent à %1 % une fois la casse, la ponctuation, les accents et les formes juridiques (Inc, GmbH, Ltd…) mis de côté.</translation>
    </message>
    <message>
        <source>Linking writes the account to Metronome and moves the customer&apos;s records in Salesforce to it at once.</source>
        <translation>La liaison écrit le compte dans Metronome et y rattache immédiatement les enregistrements du client dans Salesforce.</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation>Liaison…</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Completed with errors</source>
        <translation>Terminée avec erreurs</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Full Sync</source>
        <translation>Synchronisation &amp;complète</translation>
    </message>
    <message>
        <source>Send every row again, changed or not</source>
        <translation>Renvoyer chaque ligne, modifiée ou non</translation>
    </message>
    <message>
        <source>Only &amp;These Objects…</source>
        <translation>Seulement &amp;ces objets…</translation>
    </message>
    <message>
        <source>Sync the changed rows of the objects you pick</source>
        <translation>Synchroniser les lignes modifiées des objets que vous choisissez</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>&amp;Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Stop the running sync; rows already written stay in Salesforce</source>
        <translation>Arrêter la synchronisation en cours ; les lignes déjà écrites restent dans Salesforce</translation>
    </message>
    <message>
        <source>Send what changed since the last sync (F5)</source>
        <translation>Envoyer ce qui a changé depuis la dernière synchronisation (F5)</translation>
    </message>
    <message>
        <source>Stop the running sync (Esc)</source>
        <translation>Arrêter la synchronisation en cours (Échap)</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>preparing</source>
        <translation>préparation</translation>
    </message>
    <message>
        <source>reading Metronome</source>
        <translation>lecture de Metronome</translation>
    </message>
    <message>
        <source>writing Salesforce</source>
        <translation>écriture dans Salesforce</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>finalisation</translation>
    </message>
    <message>
        <source>Runs one sync of a workspace. Secrets come from the keychain; on a server without one, set %1 (and %2) in the environment - never on the command line.</source>
        <translation>Lance une synchronisation d&apos;un espace de travail. Les secrets viennent du trousseau ; sur un serveur sans trousseau, définissez %1 (et %2) dans l&apos;environnement - jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The workspace (name or id).</source>
        <translation>L&apos;espace de travail (nom ou ID).</translation>
    </message>
    <message>
        <source>Sync every workspace in turn (with --scheduled: those whose schedule is not off).</source>
        <translation>Synchroniser chaque espace de travail à tour de rôle (avec --scheduled : ceux dont la planification n&apos;est pas désactivée).</translation>
    </message>
    <message>
        <source>Use workspaces in &lt;dir&gt;.</source>
        <translation>Utiliser les espaces de travail de &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Send every row, not only what changed.</source>
        <translation>Envoyer chaque ligne, pas seulement ce qui a changé.</translation>
    </message>
    <message>
        <source>Only these Salesforce objects (comma-separated API names).</source>
        <translation>Seulement ces objets Salesforce (noms d&apos;API séparés par des virgules).</translation>
    </message>
    <message>
        <source>Send only the rows that failed in run &lt;run&gt;.</source>
        <translation>Envoyer seulement les lignes en échec dans l&apos;exécution &lt;run&gt;.</translation>
    </message>
    <message>
        <source>Record the run as scheduled (used by the systemd timer).</source>
        <translation>Enregistrer l&apos;exécution comme planifiée (utilisé par le minuteur systemd).</translation>
    </message>
    <message>
        <source>Read and compare, but write nothing to Salesforce: report what would be sent.</source>
        <translation>Lire et comparer, sans rien écrire dans Salesforce : indiquer ce qui serait envoyé.</translation>
    </message>
    <message>
        <source>With --dry-run: write the rows that would be sent to &lt;dir&gt; (JSON Lines per object).</source>
        <translation>Avec --dry-run : écrire dans &lt;dir&gt; les lignes qui seraient envoyées (JSON Lines par objet).</translation>
    </message>
    <message>
        <source>Print only the summary.</source>
        <translation>Afficher seulement le résumé.</translation>
    </message>
    <message>
        <source>Write run statistics as JSON to &lt;file&gt;: wall time, peak memory, the worst stall of the event loop that drives the sync, call counts (for benchmarks and monitoring).</source>
        <translation>Écrire les statistiques de l&apos;exécution en JSON dans &lt;file&gt; : durée, mémoire maximale, pire blocage de la boucle d&apos;événements qui pilote la synchronisation, nombre d&apos;appels (pour les benchmarks et la supervision).</translation>
    </message>
    <message>
        <source>--all does not go with --workspace or --retry-failed.</source>
        <translation>--all ne va pas avec --workspace ni --retry-failed.</translation>
    </message>
    <message>
        <source>Choose a workspace with --workspace NAME.</source>
        <translation>Choisissez un espace de travail avec --workspace NAME.</translation>
    </message>
    <message>
        <source>No workspace called &quot;%1&quot;.</source>
        <translation>Aucun espace de travail nommé « %1 ».</translation>
    </message>
    <message>
        <source>--retry-failed needs a run number.</source>
        <translation>--retry-failed nécessite un numéro d&apos;exécution.</translation>
    </message>
    <message>
        <source>--export only goes with --dry-run.</source>
        <translation>--export ne va qu&apos;avec --dry-run.</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
    <message>
        <source>Run %1 of workspace &quot;%2&quot; started.</source>
        <translation>Exécution %1 de l&apos;espace de travail « %2 » démarrée.</translation>
    </message>
    <message>
        <source>Run %1: %2. %3</source>
        <translation>Exécution %1 : %2. %3</translation>
    </message>
    <message>
        <source>Failed rows: nomesync errors %1 --workspace &quot;%2&quot; --csv failures.csv</source>
        <translation>Lignes en échec : nomesync errors %1 --workspace &quot;%2&quot; --csv failures.csv</translation>
    </message>
    <message>
        <source>There is no workspace to sync.</source>
        <translation>Il n&apos;y a aucun espace de travail à synchroniser.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot;: its schedule is off, skipped.</source>
        <translation>Espace de travail « %1 » : planification désactivée, ignoré.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot;:</source>
        <translation>Espace de travail « %1 » :</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>A sync is already running in this window.</source>
        <translation>Une synchronisation est déjà en cours dans cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The package has no object called %1.</source>
        <translation>Le package n&apos;a pas d&apos;objet nommé %1.</translation>
    </message>
    <message>
        <source>Run %1 had no failed rows to retry.</source>
        <translation>L&apos;exécution %1 n&apos;avait aucune ligne en échec à relancer.</translation>
    </message>
    <message>
        <source>Checking the Salesforce org</source>
        <translation>Vérification de l&apos;org Salesforce</translation>
    </message>
    <message>
        <source>Reading Metronome</source>
        <translation>Lecture de Metronome</translation>
    </message>
    <message>
        <source>Could not stage rows in the workspace database: %1</source>
        <translation>Impossible de préparer les lignes dans la base de données de l&apos;espace de travail : %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Dry run: %1 rows would be sent; nothing was written to Salesforce.</source>
        <translation>Simulation : %1 lignes seraient envoyées ; rien n&apos;a été écrit dans Salesforce.</translation>
    </message>
    <message>
        <source>Writing to Salesforce</source>
        <translation>Écriture dans Salesforce</translation>
    </message>
    <message>
        <source>%1 rows written to Salesforce; %2 failed, %3 skipped because their parent failed.</source>
        <translation>%1 lignes écrites dans Salesforce ; %2 en échec, %3 ignorées car leur parent a échoué.</translation>
    </message>
    <message>
        <source>Nothing changed since the last sync.</source>
        <translation>Rien n&apos;a changé depuis la dernière synchronisation.</translation>
    </message>
    <message>
        <source>%1 rows written to Salesforce.</source>
        <translation>%1 lignes écrites dans Salesforce.</translation>
    </message>
    <message>
        <source>Not sent because its parent %1 %2 failed in this run.</source>
        <translation>Non envoyée car son parent %1 %2 a échoué dans cette exécution.</translation>
    </message>
    <message>
        <source>Salesforce returned no result for this row.</source>
        <translation>Salesforce n&apos;a renvoyé aucun résultat pour cette ligne.</translation>
    </message>
    <message>
        <source>Could not record the results in the workspace database: %1</source>
        <translation>Impossible d&apos;enregistrer les résultats dans la base de données de l&apos;espace de travail : %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 lignes sur %2</translation>
    </message>
    <message>
        <source>Cancelled. Rows already written stay in Salesforce; the next sync sends the rest.</source>
        <translation>Annulé. Les lignes déjà écrites restent dans Salesforce ; la prochaine synchronisation enverra le reste.</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>The sync could not connect its Metronome and Salesforce clients.</source>
        <translation>La synchronisation n&apos;a pas pu connecter ses clients Metronome et Salesforce.</translation>
    </message>
</context>
<context>
    <name>SyncsPage</name>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplète</translation>
    </message>
    <message>
        <source>Show F&amp;ailures</source>
        <translation>Afficher les é&amp;checs</translation>
    </message>
    <message>
        <source>&amp;Download CSV</source>
        <translation>&amp;Télécharger le CSV</translation>
    </message>
    <message>
        <source>Up to %1 failures of the selected object, as a CSV file</source>
        <translation>Jusqu&apos;à %1 échecs de l&apos;objet sélectionné, dans un fichier CSV</translation>
    </message>
    <message>
        <source>Re&amp;try Failed Rows</source>
        <translation>&amp;Relancer les lignes en échec</translation>
    </message>
    <message>
        <source>Send this run&apos;s failed and skipped rows again, in a new run linked to this one</source>
        <translation>Renvoyer les lignes en échec et ignorées de cette exécution, dans une nouvelle exécution liée à celle-ci</translation>
    </message>
    <message>
        <source>Retry Only the Selected Object</source>
        <translation>Relancer seulement l&apos;objet sélectionné</translation>
    </message>
    <message>
        <source>Select a run to see its objects: attempted (rows that changed since the last sync), succeeded, failed and skipped.</source>
        <translation>Sélectionnez une exécution pour voir ses objets : tentées (lignes modifiées depuis la dernière synchronisation), réussies, en échec et ignorées.</translation>
    </message>
    <message>
        <source>Run #%1 · %2 · %3</source>
        <translation>Exécution n° %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Démarrée %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>durée %1</translation>
    </message>
    <message>
        <source>retry of #%1</source>
        <translation>nouvelle tentative du n° %1</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>seulement %1</translation>
    </message>
    <message>
        <source>%1 Metronome calls, %2 Salesforce calls</source>
        <translation>%1 appels à Metronome, %2 appels à Salesforce</translation>
    </message>
    <message>
        <source>Writing to Salesforce: %1 of %2 rows</source>
        <translation>Écriture dans Salesforce : %1 lignes sur %2</translation>
    </message>
    <message>
        <source>Retry Only %1</source>
        <translation>Relancer seulement %1</translation>
    </message>
    <message>
        <source>Completed (%1)</source>
        <translation>Terminées (%1)</translation>
    </message>
    <message>
        <source>Incomplete (%1)</source>
        <translation>Incomplètes (%1)</translation>
    </message>
</context>
<context>
    <name>SystemdUserTimer</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Every workspace now syncs daily at 07:00 UTC, also while NomeSync is closed.</source>
        <translation>Chaque espace de travail se synchronise désormais tous les jours à 07:00 UTC, même quand NomeSync est fermé.</translation>
    </message>
    <message>
        <source>The daily background sync is off. NomeSync still syncs on schedule while it is open.</source>
        <translation>La synchronisation quotidienne en arrière-plan est désactivée. NomeSync synchronise toujours selon la planification tant qu&apos;il est ouvert.</translation>
    </message>
    <message>
        <source>systemctl could not be started (%1). The daily background sync needs systemd; without it, keep NomeSync open or run &quot;nomesync sync --all --scheduled&quot; from cron.</source>
        <translation>Impossible de lancer systemctl (%1). La synchronisation quotidienne en arrière-plan nécessite systemd ; sans lui, laissez NomeSync ouvert ou lancez « nomesync sync --all --scheduled » depuis cron.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2</source>
        <extracomment>%1 is a command such as &quot;systemctl --user enable --now nomesync-sync.timer&quot;, %2 its error output.</extracomment>
        <translation>« %1 » a échoué : %2</translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <source>Current</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan : %1</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Sans fin</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Exclusive: the contract covers time before this moment (UTC).</source>
        <translation>Exclusif : le contrat couvre la période avant cet instant (UTC).</translation>
    </message>
    <message>
        <source>Legacy plans have no usage statement schedule.</source>
        <translation>Les anciens plans n&apos;ont pas de calendrier de relevés de consommation.</translation>
    </message>
    <message>
        <source>A legacy plan (plans era)</source>
        <translation>Un ancien plan (époque des plans)</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contrat %1</translation>
    </message>
    <message>
        <source>Contract or plan</source>
        <translation>Contrat ou plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rate card</source>
        <translation>Grille tarifaire</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends before</source>
        <translation>Se termine avant</translation>
    </message>
    <message>
        <source>Usage statements</source>
        <translation>Relevés de consommation</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>Valeur du contrat</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>&amp;Show NomeSync</source>
        <translation>&amp;Afficher NomeSync</translation>
    </message>
    <message>
        <source>Scheduled sync of %1 failed</source>
        <translation>La synchronisation planifiée de %1 a échoué</translation>
    </message>
    <message>
        <source>Scheduled sync of %1 finished with errors</source>
        <translation>La synchronisation planifiée de %1 s&apos;est terminée avec des erreurs</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>NomeSync</source>
        <translation>NomeSync</translation>
    </message>
    <message>
        <source>NomeSync
%1</source>
        <translation>NomeSync
%1</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid URL.</source>
        <translation>L&apos;adresse « %1 » n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>NomeSync only connects over HTTPS (plain HTTP is allowed for this computer only). Change &quot;%1&quot; to an https:// address.</source>
        <translation>NomeSync ne se connecte qu&apos;en HTTPS (le HTTP simple n&apos;est autorisé que pour cet ordinateur). Remplacez « %1 » par une adresse https://.</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Daily usage</source>
        <translation>Consommation quotidienne</translation>
    </message>
    <message>
        <source>Daily usage chart</source>
        <translation>Graphique de la consommation quotidienne</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Métrique :</translation>
    </message>
    <message>
        <source>No usage in the days the workspace keeps.</source>
        <translation>Aucune consommation sur les jours conservés par l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>&amp;Split by %1</source>
        <translation>&amp;Répartir par %1</translation>
    </message>
    <message>
        <source>No %1 usage in the days the workspace keeps.</source>
        <translation>Aucune consommation de %1 sur les jours conservés par l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Tous les %1</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Jour (UTC)</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 par jour</translation>
    </message>
    <message>
        <source>%1 days, %2 in all; %3 so far this month. %4 of %5 usage records as synced.</source>
        <translation>%1 jours, %2 au total ; %3 jusqu&apos;ici ce mois-ci. %4 enregistrements de consommation sur %5 tels que synchronisés.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDatabase</name>
    <message>
        <source>Could not open the workspace database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données de l&apos;espace de travail %1 : %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
</context>
<context>
    <name>WorkspaceListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot;, environment %2</source>
        <translation>Espace de travail « %1 », environnement %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceRegistry</name>
    <message>
        <source>Give the workspace a name, for example &quot;Production&quot;.</source>
        <translation>Donnez un nom à l&apos;espace de travail, par exemple « Production ».</translation>
    </message>
    <message>
        <source>Keep the workspace name under 80 characters.</source>
        <translation>Le nom de l&apos;espace de travail doit faire moins de 80 caractères.</translation>
    </message>
    <message>
        <source>The workspace name cannot contain control characters.</source>
        <translation>Le nom de l&apos;espace de travail ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>A workspace called &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Un espace de travail nommé « %1 » existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>A workspace with the id %1 already exists.</source>
        <translation>Un espace de travail avec l&apos;ID %1 existe déjà.</translation>
    </message>
    <message>
        <source>That workspace no longer exists.</source>
        <translation>Cet espace de travail n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
</context>
<context>
    <name>WorkspaceSecrets</name>
    <message>
        <source>No keychain is available to read the Salesforce sign-in from.</source>
        <translation>Aucun trousseau n&apos;est disponible pour y lire la connexion Salesforce.</translation>
    </message>
    <message>
        <source>Cannot read the Salesforce sign-in from the keychain: %1</source>
        <translation>Impossible de lire la connexion Salesforce dans le trousseau : %1</translation>
    </message>
    <message>
        <source>No keychain is available to read the Metronome API token from.</source>
        <translation>Aucun trousseau n&apos;est disponible pour y lire le jeton d&apos;API Metronome.</translation>
    </message>
    <message>
        <source>Cannot read the Metronome API token from the keychain: %1</source>
        <translation>Impossible de lire le jeton d&apos;API Metronome dans le trousseau : %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <source>Sync arrives with the Metronome and Salesforce clients</source>
        <translation>La synchronisation arrive avec les clients Metronome et Salesforce</translation>
    </message>
    <message>
        <source>A sync of %1 is already running (run %2). Wait for it to finish or cancel it.</source>
        <translation>Une synchronisation de %1 est déjà en cours (exécution %2). Attendez qu&apos;elle se termine ou annulez-la.</translation>
    </message>
    <message>
        <source>A sync of %1 is already starting.</source>
        <translation>Une synchronisation de %1 est déjà en train de démarrer.</translation>
    </message>
    <message>
        <source>Read by the last sync</source>
        <translation>Lu par la dernière synchronisation</translation>
    </message>
</context>
<context>
    <name>WorkspaceSetup</name>
    <message>
        <source>Sign in to Salesforce first.</source>
        <translation>Connectez-vous d&apos;abord à Salesforce.</translation>
    </message>
    <message>
        <source>Salesforce did not grant a refresh token. Ask your admin to allow the &quot;refresh_token&quot; scope for the connected app.</source>
        <translation>Salesforce n&apos;a pas accordé de jeton d&apos;actualisation. Demandez à votre administrateur d&apos;autoriser la portée « refresh_token » pour l&apos;application connectée.</translation>
    </message>
    <message>
        <source>Verify the Metronome token and sign in to Salesforce first.</source>
        <translation>Vérifiez d&apos;abord le jeton Metronome et connectez-vous à Salesforce.</translation>
    </message>
    <message>
        <source>The Salesforce org is missing parts of the Metronome package (see the checklist).</source>
        <translation>Il manque à l&apos;org Salesforce des éléments du package Metronome (voir la liste de contrôle).</translation>
    </message>
    <message>
        <source>%1 (%2): Metronome %3, Salesforce %4 as %5</source>
        <translation>%1 (%2) : Metronome %3, Salesforce %4 en tant que %5</translation>
    </message>
    <message>
        <source>%1 (%2): %3 scope, %4</source>
        <translation>%1 (%2) : portée %3, %4</translation>
    </message>
    <message>
        <source>%1 (%2): %3 scope, %4%5%6</source>
        <translation>%1 (%2) : portée %3, %4%5%6</translation>
    </message>
    <message>
        <source>, new Metronome token for %1</source>
        <translation>, nouveau jeton Metronome pour %1</translation>
    </message>
    <message>
        <source>, signed in again as %1</source>
        <translation>, reconnecté en tant que %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement : %1</translation>
    </message>
</context>
</TS>
