<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountDirectory</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>No Account with the ID %1 exists in this Salesforce org (it may have been deleted, or belong to another org).</source>
        <translation>In dieser Salesforce-Org gibt es keinen Account mit der ID %1 (er wurde vielleicht gelöscht oder gehört zu einer anderen Org).</translation>
    </message>
    <message>
        <source>The Salesforce org could not be asked whether the account exists.</source>
        <translation>Die Salesforce-Org konnte nicht gefragt werden, ob der Account existiert.</translation>
    </message>
    <message>
        <source>Could not check the account in Salesforce: %1</source>
        <translation>Der Account konnte in Salesforce nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Could not search the accounts: %1</source>
        <translation>Die Accounts konnten nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Salesforce ID.</source>
        <translation>„%1“ ist keine gültige Salesforce-ID.</translation>
    </message>
    <message>
        <source>Could not read the accounts: %1</source>
        <translation>Die Accounts konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not describe the Account object: %1</source>
        <translation>Das Account-Objekt konnte nicht beschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>AccountSearchModel</name>
    <message>
        <source>Account name</source>
        <translation>Account-Name</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Account-ID</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>AppLauncher</name>
    <message>
        <source>NomeSync syncs Metronome billing data into the Metronome package objects of a Salesforce org.

Run without arguments to open the app.</source>
        <translation>NomeSync synchronisiert Metronome-Abrechnungsdaten in die Objekte des Metronome-Pakets einer Salesforce-Org.

Ohne Argumente gestartet, öffnet sich die App.</translation>
    </message>
    <message>
        <source>Keep workspaces and logs in &lt;dir&gt; instead of the default data folder (also NOMESYNC_DATA_DIR).</source>
        <translation>Arbeitsbereiche und Protokolle in &lt;dir&gt; statt im Standard-Datenordner ablegen (auch NOMESYNC_DATA_DIR).</translation>
    </message>
    <message>
        <source>Offer the local sandbox described by the JSON file &lt;file&gt; (written by nomesync-sandbox --info-file).</source>
        <translation>Die lokale Sandbox anbieten, die in der JSON-Datei &lt;file&gt; beschrieben ist (geschrieben von nomesync-sandbox --info-file).</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Audit Log — %1</source>
        <translation>Änderungsprotokoll — %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>What happened, in full</source>
        <translation>Was geschah, vollständig</translation>
    </message>
    <message>
        <source>No link changes in this workspace yet.</source>
        <translation>In diesem Arbeitsbereich wurden noch keine Verknüpfungen geändert.</translation>
    </message>
    <message>
        <source>No link changes for %1 yet.</source>
        <translation>Für %1 wurden noch keine Verknüpfungen geändert.</translation>
    </message>
    <message>
        <source>1 change.</source>
        <translation>1 Änderung.</translation>
    </message>
    <message>
        <source>%1 changes, newest first.</source>
        <translation>%1 Änderungen, neueste zuerst.</translation>
    </message>
    <message>
        <source>%1 by %2 at %3
Customer: %4
Before: %5
After: %6

%7</source>
        <translation>%1 durch %2 am %3
Kunde: %4
Vorher: %5
Nachher: %6

%7</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Further account added</source>
        <translation>Weiterer Account hinzugefügt</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Verknüpfung gelöst</translation>
    </message>
    <message>
        <source>Further account removed</source>
        <translation>Weiterer Account entfernt</translation>
    </message>
    <message>
        <source>Records reparented</source>
        <translation>Datensätze umgehängt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>BulkCsv</name>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>unterminated quoted value</source>
        <translation>Wert in Anführungszeichen nicht abgeschlossen</translation>
    </message>
    <message>
        <source>CSV row %1: %2</source>
        <translation>CSV-Zeile %1: %2</translation>
    </message>
    <message>
        <source>CSV row %1 has %2 values; the header has %3.</source>
        <translation>CSV-Zeile %1 hat %2 Werte; die Kopfzeile hat %3.</translation>
    </message>
    <message>
        <source>The CSV has no header row.</source>
        <translation>Die CSV-Datei hat keine Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>BulkLinkDialog</name>
    <message>
        <source>Link Customers from a CSV File</source>
        <translation>Kunden aus einer CSV-Datei verknüpfen</translation>
    </message>
    <message>
        <source>One link per row: the customer&apos;s Metronome ID or ingest alias, then the Salesforce Account ID. A header row is optional. Every row is checked first; nothing is written until you press Link.</source>
        <translation>Eine Verknüpfung pro Zeile: die Metronome-ID oder der Ingest-Alias des Kunden, dann die Salesforce-Account-ID. Eine Kopfzeile ist optional. Jede Zeile wird zuerst geprüft; geschrieben wird erst, wenn Sie auf „Verknüpfen“ klicken.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Keine Datei gewählt.</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Line %1 · %2%3</source>
        <translation>Zeile %1 · %2%3</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Link no further rows; the rows in progress finish</source>
        <translation>Keine weiteren Zeilen verknüpfen; laufende Zeilen werden abgeschlossen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Save &amp;Result File…</source>
        <translation>&amp;Ergebnisdatei speichern…</translation>
    </message>
    <message>
        <source>The rows that were not linked, with the reason, as a CSV file</source>
        <translation>Die nicht verknüpften Zeilen mit Grund, als CSV-Datei</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>Choose a Link File</source>
        <translation>Verknüpfungsdatei wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading and checking the file: customers in the workspace, Account IDs in Salesforce…</source>
        <translation>Datei wird gelesen und geprüft: Kunden im Arbeitsbereich, Account-IDs in Salesforce…</translation>
    </message>
    <message>
        <source>1 row checked.</source>
        <translation>1 Zeile geprüft.</translation>
    </message>
    <message>
        <source>%1 rows checked.</source>
        <translation>%1 Zeilen geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>%n can be linked.</source>
        <translation>
            <numerusform>%n kann verknüpft werden.</numerusform>
            <numerusform>%n können verknüpft werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already linked (nothing to do).</source>
        <translation>
            <numerusform>%n bereits verknüpft (nichts zu tun).</numerusform>
            <numerusform>%n bereits verknüpft (nichts zu tun).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems will be left out (see Details; Save Result File lists them).</source>
        <translation>
            <numerusform>%n mit Problemen wird ausgelassen (siehe Details; „Ergebnisdatei speichern“ listet sie auf).</numerusform>
            <numerusform>%n mit Problemen werden ausgelassen (siehe Details; „Ergebnisdatei speichern“ listet sie auf).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Bisher wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%v of %m linked</source>
        <translation>%v von %m verknüpft</translation>
    </message>
    <message>
        <source>Linking in Metronome and moving the records in Salesforce…</source>
        <translation>Verknüpfen in Metronome und Umhängen der Datensätze in Salesforce…</translation>
    </message>
    <message>
        <source>Customers linked: %1; records reparented: %2.</source>
        <translation>Verknüpfte Kunden: %1; umgehängte Datensätze: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked with Salesforce records left for the next sync.</source>
        <translation>
            <numerusform>%n verknüpft, Salesforce-Datensätze folgen mit der nächsten Synchronisierung.</numerusform>
            <numerusform>%n verknüpft, Salesforce-Datensätze folgen mit der nächsten Synchronisierung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: the remaining rows were not linked.</source>
        <translation>Angehalten: Die übrigen Zeilen wurden nicht verknüpft.</translation>
    </message>
    <message>
        <source>Save Result File lists the rows that need attention (%1).</source>
        <translation>„Ergebnisdatei speichern“ listet die Zeilen auf, die Aufmerksamkeit brauchen (%1).</translation>
    </message>
    <message>
        <source>-not-linked</source>
        <translation>-nicht-verknuepft</translation>
    </message>
    <message>
        <source>Save the Rows That Were Not Linked</source>
        <translation>Nicht verknüpfte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Link 1 Customer</source>
        <translation>1 Kunden &amp;verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Link %1 Customers</source>
        <translation>%1 Kunden &amp;verknüpfen</translation>
    </message>
</context>
<context>
    <name>BulkLinkFile</name>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>Die Datei ist größer als %1 MB; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Each row needs two values: the customer (Metronome ID or ingest alias) and the Salesforce Account ID.</source>
        <translation>Jede Zeile braucht zwei Werte: den Kunden (Metronome-ID oder Ingest-Alias) und die Salesforce-Account-ID.</translation>
    </message>
    <message>
        <source>The file has no links in it.</source>
        <translation>Die Datei enthält keine Verknüpfungen.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Account-ID</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>BulkLinkModel</name>
    <message>
        <source>Linked · 1 record reparented</source>
        <translation>Verknüpft · 1 Datensatz umgehängt</translation>
    </message>
    <message>
        <source>Linked · %1 records reparented</source>
        <translation>Verknüpft · %1 Datensätze umgehängt</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Customer (file)</source>
        <translation>Kunde (Datei)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Account ID (file)</source>
        <translation>Account-ID (Datei)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>BurnDownChart</name>
    <message>
        <source>Commit and credit burn-down</source>
        <translation>Verbrauch von Commits und Guthaben</translation>
    </message>
    <message>
        <source>Commit and credit burn-down chart</source>
        <translation>Diagramm: Verbrauch von Commits und Guthaben</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>No commit, credit or credit grant has been usable yet.</source>
        <translation>Noch kein Commit, Guthaben oder Guthabenzuteilung war nutzbar.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <source>Remaining (%1)</source>
        <translation>Verbleibend (%1)</translation>
    </message>
    <message>
        <source>Contract commits and credits: month by month from the invoices&apos; applied commit and credit lines. Grants (dashed): only their posted and pending balances are known.</source>
        <translation>Vertrags-Commits und -Guthaben: Monat für Monat aus den angewendeten Commit- und Guthabenpositionen der Rechnungen. Zuteilungen (gestrichelt): nur ihre gebuchten und ausstehenden Salden sind bekannt.</translation>
    </message>
    <message>
        <source>Month by month from the invoices&apos; applied commit and credit lines.</source>
        <translation>Monat für Monat aus den angewendeten Commit- und Guthabenpositionen der Rechnungen.</translation>
    </message>
    <message>
        <source>Each line ends at the current balance (draft included) on %1.</source>
        <translation>Jede Linie endet beim aktuellen Saldo (Entwurf eingeschlossen) am %1.</translation>
    </message>
    <message>
        <source>Some balances changed in ways the invoices do not show (manual entries, rollovers); the last step includes that.</source>
        <translation>Manche Salden haben sich auf eine Weise geändert, die die Rechnungen nicht zeigen (manuelle Buchungen, Überträge); der letzte Schritt enthält das.</translation>
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
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>%1 (not started)</source>
        <translation>%1 (nicht begonnen)</translation>
    </message>
    <message>
        <source>Lower priorities are drawn down first.</source>
        <translation>Niedrigere Prioritäten werden zuerst aufgebraucht.</translation>
    </message>
    <message>
        <source>Grant amount minus every deduction, the current draft invoice included. From finalized invoices alone: %1.</source>
        <translation>Zuteilungsbetrag abzüglich aller Abzüge, einschließlich des aktuellen Rechnungsentwurfs. Nur aus abgeschlossenen Rechnungen: %1.</translation>
    </message>
    <message>
        <source>Total minus every draw, the current draft invoice included. Expired and future access periods count 0.</source>
        <translation>Gesamtbetrag abzüglich aller Entnahmen, einschließlich des aktuellen Rechnungsentwurfs. Abgelaufene und künftige Zugriffszeiträume zählen 0.</translation>
    </message>
    <message>
        <source>What the customer paid for the grant.</source>
        <translation>Was der Kunde für die Zuteilung bezahlt hat.</translation>
    </message>
    <message>
        <source>What the customer is invoiced for it.</source>
        <translation>Was dem Kunden dafür in Rechnung gestellt wird.</translation>
    </message>
    <message>
        <source>Total cost divided by the total amount.</source>
        <translation>Gesamtkosten geteilt durch den Gesamtbetrag.</translation>
    </message>
    <message>
        <source>Commit or credit</source>
        <translation>Commit oder Guthaben</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Access period</source>
        <translation>Zugriffszeitraum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Current balance</source>
        <translation>Aktueller Saldo</translation>
    </message>
    <message>
        <source>Cost basis</source>
        <translation>Kostenbasis</translation>
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
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>CsvDownloadController</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 gespeichert</numerusform>
            <numerusform>%n Zeilen nach %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Could not save the CSV: %1</source>
        <translation>Die CSV-Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Export All Failures of Run #%1</source>
        <translation>Alle Fehler von Lauf #%1 exportieren</translation>
    </message>
    <message>
        <source>Download Up to %1 Failures of %2</source>
        <translation>Bis zu %1 Fehler von %2 herunterladen</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CustomerInsightBuilder</name>
    <message>
        <source>Prepaid commit</source>
        <translation>Vorausbezahlter Commit</translation>
    </message>
    <message>
        <source>Postpaid commit</source>
        <translation>Nachträglich bezahlter Commit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Credit grant (legacy)</source>
        <translation>Guthabenzuteilung (alt)</translation>
    </message>
</context>
<context>
    <name>CustomerInsightWindow</name>
    <message>
        <source>Customer — NomeSync</source>
        <translation>Kunde — NomeSync</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Refresh from Metronome</source>
        <translation>Aus Metronome &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Rechnungen</translation>
    </message>
    <message>
        <source>Contracts and plans</source>
        <translation>Verträge und Tarifpläne</translation>
    </message>
    <message>
        <source>No contract and no plan: Metronome bills this customer nothing.</source>
        <translation>Kein Vertrag und kein Tarifplan: Metronome stellt diesem Kunden nichts in Rechnung.</translation>
    </message>
    <message>
        <source>Commits and credits</source>
        <translation>Commits und Guthaben</translation>
    </message>
    <message>
        <source>No commits, credits or credit grants.</source>
        <translation>Keine Commits, Guthaben oder Guthabenzuteilungen.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Alle Rechnungen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Invoices, line items and sub line items</source>
        <translation>Rechnungen, Positionen und Unterpositionen</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>%1 — Customer — NomeSync</source>
        <translation>%1 — Kunde — NomeSync</translation>
    </message>
    <message>
        <source>Metronome ID %1</source>
        <translation>Metronome-ID %1</translation>
    </message>
    <message>
        <source>not in the workspace yet: run a sync or refresh from Metronome</source>
        <translation>noch nicht im Arbeitsbereich: Synchronisieren Sie oder aktualisieren Sie aus Metronome</translation>
    </message>
    <message>
        <source>not linked to a Salesforce account (orphan)</source>
        <translation>mit keinem Salesforce-Account verknüpft (verwaist)</translation>
    </message>
    <message>
        <source>Salesforce account %1</source>
        <translation>Salesforce-Account %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>figures as of %1</source>
        <translation>Zahlen mit Stand %1</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>letzte Synchronisierung %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <source>%1 invoices: %2 draft, %3 finalized, %4 void. Expand an invoice for its line items.</source>
        <translation>%1 Rechnungen: %2 Entwurf, %3 abgeschlossen, %4 storniert. Klappen Sie eine Rechnung auf, um ihre Positionen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Invoices (%1)</source>
        <translation>&amp;Rechnungen (%1)</translation>
    </message>
    <message>
        <source>Refreshing needs the workspace&apos;s Metronome API token, which this window was not given.</source>
        <translation>Zum Aktualisieren braucht es den Metronome-API-Token des Arbeitsbereichs, den dieses Fenster nicht erhalten hat.</translation>
    </message>
    <message>
        <source>A sync of this workspace is running; it reads this customer too.</source>
        <translation>Eine Synchronisierung dieses Arbeitsbereichs läuft; sie liest auch diesen Kunden.</translation>
    </message>
    <message>
        <source>Read this customer&apos;s contracts, invoices, plans, grants and usage from Metronome now, without a sync. Salesforce is not touched. (Ctrl+R)</source>
        <translation>Verträge, Rechnungen, Tarifpläne, Zuteilungen und Nutzung dieses Kunden jetzt aus Metronome lesen, ohne Synchronisierung. Salesforce bleibt unberührt. (Strg+R)</translation>
    </message>
    <message>
        <source>Reading this customer from Metronome…</source>
        <translation>Dieser Kunde wird aus Metronome gelesen…</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>%1 (archived in Metronome)</source>
        <translation>%1 (in Metronome archiviert)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Linked to a Salesforce account</source>
        <translation>Mit einem Salesforce-Account verknüpft</translation>
    </message>
    <message>
        <source>Orphan: not linked to any Salesforce account</source>
        <translation>Verwaist: mit keinem Salesforce-Account verknüpft</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Not in Salesforce yet</source>
        <translation>Noch nicht in Salesforce</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Metronome ID</source>
        <translation>Metronome-ID</translation>
    </message>
    <message>
        <source>Ingest aliases</source>
        <translation>Ingest-Aliasse</translation>
    </message>
    <message>
        <source>Salesforce account(s)</source>
        <translation>Salesforce-Account(s)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>CustomerRefresh</name>
    <message>
        <source>Workspace &quot;%1&quot; has no Metronome connection yet: finish the setup wizard first.</source>
        <translation>Arbeitsbereich „%1“ hat noch keine Metronome-Verbindung: Schließen Sie zuerst den Einrichtungsassistenten ab.</translation>
    </message>
    <message>
        <source>This customer is already being refreshed.</source>
        <translation>Dieser Kunde wird bereits aktualisiert.</translation>
    </message>
</context>
<context>
    <name>CustomerRefreshWorker</name>
    <message>
        <source>The refresh was cancelled.</source>
        <translation>Die Aktualisierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Metronome could not be read: %1</source>
        <translation>Metronome konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Metronome did not return this customer; nothing was changed.</source>
        <translation>Metronome hat diesen Kunden nicht geliefert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not save the refreshed rows in the workspace: %1</source>
        <translation>Die aktualisierten Zeilen konnten nicht im Arbeitsbereich gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Refreshed from Metronome: %1 rows read, %2 no longer there.</source>
        <translation>Aus Metronome aktualisiert: %1 Zeilen gelesen, %2 nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Search name, Metronome ID, ingest alias or account (Ctrl+F)</source>
        <translation>Name, Metronome-ID, Ingest-Alias oder Account suchen (Strg+F)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Verwaiste</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Mit Fehlern</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Verknüpfen…</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Account &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Link a further Salesforce account to this customer (kept in NomeSync and written to Salesforce)</source>
        <translation>Einen weiteren Salesforce-Account mit diesem Kunden verknüpfen (in NomeSync gespeichert und nach Salesforce geschrieben)</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>Verknüpfung &amp;lösen…</translation>
    </message>
    <message>
        <source>&amp;Bulk Link from CSV…</source>
        <translation>Aus CSV &amp;gesammelt verknüpfen…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Who linked or unlinked this customer, when, and what moved</source>
        <translation>Wer diesen Kunden wann verknüpft oder gelöst hat und was umgehängt wurde</translation>
    </message>
    <message>
        <source>Audit &amp;Log…</source>
        <translation>Änderungs&amp;protokoll…</translation>
    </message>
    <message>
        <source>Every link change in this workspace</source>
        <translation>Jede Verknüpfungsänderung in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Kunden werden geladen…</translation>
    </message>
    <message>
        <source>The customers could not be read: %1</source>
        <translation>Die Kunden konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>No customers yet: they appear after the first sync.</source>
        <translation>Noch keine Kunden: Sie erscheinen nach der ersten Synchronisierung.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 customers</source>
        <translation>%1 von %2 Kunden angezeigt</translation>
    </message>
    <message>
        <source>A sync is running; change links when it has finished.</source>
        <translation>Eine Synchronisierung läuft; ändern Sie Verknüpfungen, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>Link the selected customer to a Salesforce account (Ctrl+L)</source>
        <translation>Den gewählten Kunden mit einem Salesforce-Account verknüpfen (Strg+L)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Unlink %1 from:</source>
        <translation>Verknüpfung von %1 lösen mit:</translation>
    </message>
    <message>
        <source>Unlink %1 from %2?

Metronome&apos;s link is cleared and the customer&apos;s records in Salesforce no longer point at the account (they move to a further account if it has one).</source>
        <translation>Verknüpfung von %1 mit %2 lösen?

Die Verknüpfung in Metronome wird entfernt, und die Datensätze des Kunden in Salesforce verweisen nicht mehr auf den Account (sie wechseln zu einem weiteren Account, falls es einen gibt).</translation>
    </message>
    <message>
        <source>Remove %2 from the further accounts of %1?</source>
        <translation>%2 aus den weiteren Accounts von %1 entfernen?</translation>
    </message>
    <message>
        <source>Unlinking %1…</source>
        <translation>Verknüpfung von %1 wird gelöst…</translation>
    </message>
</context>
<context>
    <name>DefaultSyncLauncher</name>
    <message>
        <source>Workspace &quot;%1&quot; is not set up yet: finish the setup wizard first.</source>
        <translation>Arbeitsbereich „%1“ ist noch nicht eingerichtet: Schließen Sie zuerst den Einrichtungsassistenten ab.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Yesterday %1</source>
        <translation>Gestern %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Morgen %1</translation>
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
        <translation> · vollständig</translation>
    </message>
    <message numerus="yes">
        <source> · %n object(s)</source>
        <translation>
            <numerusform> · %n Objekt</numerusform>
            <numerusform> · %n Objekte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>No workspace yet</source>
        <translation>Noch kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>A workspace pairs one Metronome environment with one Salesforce org. Set one up to sync customers, contracts, commits and credits, invoices and usage into the Metronome package objects of your org.</source>
        <translation>Ein Arbeitsbereich verbindet eine Metronome-Umgebung mit einer Salesforce-Org. Richten Sie einen ein, um Kunden, Verträge, Commits und Guthaben, Rechnungen und Nutzung in die Objekte des Metronome-Pakets Ihrer Org zu synchronisieren.</translation>
    </message>
    <message>
        <source>&amp;Set up a workspace…</source>
        <translation>Arbeitsbereich &amp;einrichten…</translation>
    </message>
    <message>
        <source>&amp;Try it with sandbox data</source>
        <translation>Mit Sandbox-Daten &amp;ausprobieren</translation>
    </message>
    <message>
        <source>Walk through the setup against local Metronome and Salesforce servers with generated data. No account needed.</source>
        <translation>Die Einrichtung mit lokalen Metronome- und Salesforce-Servern und generierten Daten durchspielen. Kein Konto nötig.</translation>
    </message>
</context>
<context>
    <name>ErrorHints</name>
    <message>
        <source>Value too long</source>
        <translation>Wert zu lang</translation>
    </message>
    <message>
        <source>Invalid field or missing parent</source>
        <translation>Ungültiges Feld oder fehlender übergeordneter Datensatz</translation>
    </message>
    <message>
        <source>Duplicate key</source>
        <translation>Doppelter Schlüssel</translation>
    </message>
    <message>
        <source>Value not in picklist</source>
        <translation>Wert nicht in der Auswahlliste</translation>
    </message>
    <message>
        <source>API limit reached</source>
        <translation>API-Limit erreicht</translation>
    </message>
    <message>
        <source>Record locked</source>
        <translation>Datensatz gesperrt</translation>
    </message>
    <message>
        <source>Missing access</source>
        <translation>Fehlender Zugriff</translation>
    </message>
    <message>
        <source>Skipped: parent failed</source>
        <translation>Übersprungen: übergeordneter Datensatz fehlgeschlagen</translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation>Pflichtwert fehlt</translation>
    </message>
    <message>
        <source>Number out of range</source>
        <translation>Zahl außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>Invalid Salesforce ID</source>
        <translation>Ungültige Salesforce-ID</translation>
    </message>
    <message>
        <source>Validation rule</source>
        <translation>Validierungsregel</translation>
    </message>
    <message>
        <source>Automation error</source>
        <translation>Automatisierungsfehler</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
    <message>
        <source>A value is longer than the Salesforce field allows. Shorten it in Metronome, or widen the field in Salesforce Setup.</source>
        <translation>Ein Wert ist länger, als das Salesforce-Feld erlaubt. Kürzen Sie ihn in Metronome oder vergrößern Sie das Feld im Salesforce-Setup.</translation>
    </message>
    <message>
        <source>The parent record (e.g. the customer or invoice) is not in Salesforce yet. It usually failed itself: fix that row first, then retry.</source>
        <translation>Der übergeordnete Datensatz (z. B. Kunde oder Rechnung) ist noch nicht in Salesforce. Meist ist er selbst fehlgeschlagen: Beheben Sie zuerst diese Zeile und wiederholen Sie dann.</translation>
    </message>
    <message>
        <source>A field is missing or not accessible in the org. Run the package check in Settings; reinstall or upgrade the package if a field is missing.</source>
        <translation>Ein Feld fehlt in der Org oder ist nicht zugänglich. Führen Sie die Paketprüfung in den Einstellungen aus; installieren oder aktualisieren Sie das Paket, wenn ein Feld fehlt.</translation>
    </message>
    <message>
        <source>Another record already has this unique key (often a record created by hand or by another environment). Delete or rename the duplicate in Salesforce, then retry.</source>
        <translation>Ein anderer Datensatz hat bereits diesen eindeutigen Schlüssel (oft ein von Hand oder von einer anderen Umgebung angelegter Datensatz). Löschen oder benennen Sie das Duplikat in Salesforce um und wiederholen Sie dann.</translation>
    </message>
    <message>
        <source>The value is not one of the picklist&apos;s values. Add it to the picklist in Salesforce Setup, or update the package.</source>
        <translation>Der Wert gehört nicht zu den Werten der Auswahlliste. Fügen Sie ihn im Salesforce-Setup zur Auswahlliste hinzu oder aktualisieren Sie das Paket.</translation>
    </message>
    <message>
        <source>The org used up its API requests (or too many long requests ran at once). Wait for the 24-hour window to free up, then retry; the Overview page shows today&apos;s usage.</source>
        <translation>Die Org hat ihre API-Anfragen aufgebraucht (oder zu viele lange Anfragen liefen gleichzeitig). Warten Sie, bis das 24-Stunden-Fenster wieder Platz hat, und wiederholen Sie dann; die Übersicht zeigt die heutige Nutzung.</translation>
    </message>
    <message>
        <source>Another process was updating the same or a parent record. NomeSync already retried; retry the failed rows when the org is quieter.</source>
        <translation>Ein anderer Prozess hat denselben oder einen übergeordneten Datensatz aktualisiert. NomeSync hat es bereits erneut versucht; wiederholen Sie die fehlgeschlagenen Zeilen, wenn die Org ruhiger ist.</translation>
    </message>
    <message>
        <source>The Salesforce user NomeSync signs in as cannot create or edit this object. Give it the Metronome permission set, then retry.</source>
        <translation>Der Salesforce-Benutzer, als der sich NomeSync anmeldet, kann dieses Objekt nicht anlegen oder bearbeiten. Weisen Sie ihm den Metronome-Berechtigungssatz zu und wiederholen Sie dann.</translation>
    </message>
    <message>
        <source>Not sent because its parent failed in the same run. Fix the parent&apos;s error; retrying sends both.</source>
        <translation>Nicht gesendet, weil der übergeordnete Datensatz im selben Lauf fehlgeschlagen ist. Beheben Sie dessen Fehler; eine Wiederholung sendet beide.</translation>
    </message>
    <message>
        <source>Salesforce requires a value Metronome did not provide. Fill it in Metronome, or relax the field in Salesforce Setup.</source>
        <translation>Salesforce verlangt einen Wert, den Metronome nicht geliefert hat. Tragen Sie ihn in Metronome ein oder lockern Sie das Feld im Salesforce-Setup.</translation>
    </message>
    <message>
        <source>The number has more digits than the field allows. Check the amount in Metronome.</source>
        <translation>Die Zahl hat mehr Stellen, als das Feld erlaubt. Prüfen Sie den Betrag in Metronome.</translation>
    </message>
    <message>
        <source>A Salesforce ID is wrong, of the wrong object, or points at a deleted record - usually the Account a customer is linked to. Fix the link on the Customers page.</source>
        <translation>Eine Salesforce-ID ist falsch, gehört zum falschen Objekt oder verweist auf einen gelöschten Datensatz – meist der Account, mit dem ein Kunde verknüpft ist. Korrigieren Sie die Verknüpfung auf der Seite „Kunden“.</translation>
    </message>
    <message>
        <source>A validation rule in the org rejected the row; the message is the rule&apos;s text. Adjust the rule or the data, then retry.</source>
        <translation>Eine Validierungsregel der Org hat die Zeile abgelehnt; die Meldung ist der Text der Regel. Passen Sie die Regel oder die Daten an und wiederholen Sie dann.</translation>
    </message>
    <message>
        <source>A trigger or flow in the org failed on this row. Check the automation on the object; consider pausing it during large syncs.</source>
        <translation>Ein Trigger oder Flow der Org ist bei dieser Zeile fehlgeschlagen. Prüfen Sie die Automatisierung des Objekts; erwägen Sie, sie bei großen Synchronisierungen anzuhalten.</translation>
    </message>
    <message>
        <source>The date is outside what Salesforce can store (1700-4000). Check the record in Metronome.</source>
        <translation>Das Datum liegt außerhalb dessen, was Salesforce speichern kann (1700–4000). Prüfen Sie den Datensatz in Metronome.</translation>
    </message>
    <message>
        <source>Salesforce did not report on this row. Retry it.</source>
        <translation>Salesforce hat zu dieser Zeile nichts gemeldet. Wiederholen Sie sie.</translation>
    </message>
    <message>
        <source>See the message for details; retry the row once the cause is fixed.</source>
        <translation>Details stehen in der Meldung; wiederholen Sie die Zeile, sobald die Ursache behoben ist.</translation>
    </message>
</context>
<context>
    <name>FailureCsvExporter</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>FailureExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FailureGroupDelegate</name>
    <message>
        <source>every code</source>
        <translation>alle Codes</translation>
    </message>
</context>
<context>
    <name>FailureGroupModel</name>
    <message>
        <source>All errors (%1)</source>
        <translation>Alle Fehler (%1)</translation>
    </message>
    <message>
        <source>All errors</source>
        <translation>Alle Fehler</translation>
    </message>
    <message>
        <source>Every failed or skipped row of this run. Pick a group to see what usually fixes it.</source>
        <translation>Jede fehlgeschlagene oder übersprungene Zeile dieses Laufs. Wählen Sie eine Gruppe, um zu sehen, was meist hilft.</translation>
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
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Salesforce ID</source>
        <translation>Salesforce-ID</translation>
    </message>
</context>
<context>
    <name>FailuresPage</name>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Lauf:</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Objekt:</translation>
    </message>
    <message>
        <source>&amp;Download CSV</source>
        <translation>CSV &amp;herunterladen</translation>
    </message>
    <message>
        <source>&amp;Export All Failures…</source>
        <translation>Alle Fehler &amp;exportieren…</translation>
    </message>
    <message>
        <source>Every failed and skipped row of this run, as a CSV file (Ctrl+E)</source>
        <translation>Jede fehlgeschlagene und übersprungene Zeile dieses Laufs als CSV-Datei (Strg+E)</translation>
    </message>
    <message>
        <source>Re&amp;try Failed Rows</source>
        <translation>Fehlgeschlagene Zeilen &amp;wiederholen</translation>
    </message>
    <message>
        <source>Send this run&apos;s failed and skipped rows again, in a new run linked to this one</source>
        <translation>Die fehlgeschlagenen und übersprungenen Zeilen dieses Laufs erneut senden, in einem neuen, mit diesem verbundenen Lauf</translation>
    </message>
    <message>
        <source>Retry Only This Object</source>
        <translation>Nur dieses Objekt wiederholen</translation>
    </message>
    <message>
        <source>Open &amp;in Salesforce</source>
        <translation>&amp;In Salesforce öffnen</translation>
    </message>
    <message>
        <source>The record as it was sent</source>
        <translation>Der Datensatz, wie er gesendet wurde</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 failed or skipped</source>
        <translation>#%1 · %2 · %3 fehlgeschlagen oder übersprungen</translation>
    </message>
    <message>
        <source>No failed rows. Every row the syncs sent reached Salesforce.</source>
        <translation>Keine fehlgeschlagenen Zeilen. Jede gesendete Zeile ist in Salesforce angekommen.</translation>
    </message>
    <message>
        <source>All objects</source>
        <translation>Alle Objekte</translation>
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
        <translation>%1 fehlgeschlagen und %2 übersprungen in diesem Lauf · %3 angezeigt</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Felder: %1</translation>
    </message>
    <message>
        <source>Parent: %1 %2</source>
        <translation>Übergeordnet: %1 %2</translation>
    </message>
    <message>
        <source>Metronome customer: %1</source>
        <translation>Metronome-Kunde: %1</translation>
    </message>
    <message>
        <source>Not in Salesforce yet</source>
        <translation>Noch nicht in Salesforce</translation>
    </message>
    <message>
        <source>Salesforce ID: %1</source>
        <translation>Salesforce-ID: %1</translation>
    </message>
    <message>
        <source>%1 — up to %2 of %3</source>
        <translation>%1 — bis zu %2 von %3</translation>
    </message>
    <message>
        <source>Up to %1 failures of %2, as a CSV file</source>
        <translation>Bis zu %1 Fehler von %2 als CSV-Datei</translation>
    </message>
    <message>
        <source>Pick an object (or use the arrow) to download up to %1 of its failures</source>
        <translation>Wählen Sie ein Objekt (oder nutzen Sie den Pfeil), um bis zu %1 seiner Fehler herunterzuladen</translation>
    </message>
    <message>
        <source>This row has no Salesforce record yet</source>
        <translation>Diese Zeile hat noch keinen Salesforce-Datensatz</translation>
    </message>
    <message>
        <source>The org&apos;s address is not known yet</source>
        <translation>Die Adresse der Org ist noch nicht bekannt</translation>
    </message>
</context>
<context>
    <name>HeadlessCli</name>
    <message>
        <source>The workspace (name or id); optional when there is only one.</source>
        <translation>Der Arbeitsbereich (Name oder ID); optional, wenn es nur einen gibt.</translation>
    </message>
    <message>
        <source>Use workspaces in &lt;dir&gt; (also NOMESYNC_DATA_DIR).</source>
        <translation>Arbeitsbereiche in &lt;dir&gt; verwenden (auch NOMESYNC_DATA_DIR).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
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
        <translation>Befehle (ohne Fenster):
  setup       Arbeitsbereich einrichten: --workspace NAME --client-id ID [--metronome-url URL]
              [--salesforce-login-url URL] [--environment ENV] [--scope all|linked] [--schedule SPEC]
  sync        synchronisieren: --workspace NAME [--full] [--objects LIST] [--retry-failed RUN]
              [--dry-run [--export DIR]]; --all [--scheduled] synchronisiert alle Arbeitsbereiche nacheinander
  status      letzte und nächste Synchronisierung jedes Arbeitsbereichs
  runs        die Läufe eines Arbeitsbereichs
  errors RUN  fehlgeschlagene Zeilen eines Laufs exportieren: --csv FILE [--object NAME] [--limit N]
  workspaces  die Arbeitsbereiche auf diesem Computer auflisten
„nomesync &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.
Exit-Codes: 0 ok, 1 Zeilen oder der Lauf fehlgeschlagen, 2 ungültige Argumente, 3 nicht gefunden, 4 eine andere Synchronisierung läuft, 5 Schlüsselbundproblem, 130 unterbrochen.</translation>
    </message>
    <message>
        <source>No workspace called &quot;%1&quot;. &quot;nomesync workspaces&quot; lists them.</source>
        <translation>Kein Arbeitsbereich namens „%1“. „nomesync workspaces“ listet sie auf.</translation>
    </message>
    <message>
        <source>There is no workspace yet. Set one up in the app or with &quot;nomesync setup&quot;.</source>
        <translation>Es gibt noch keinen Arbeitsbereich. Richten Sie einen in der App oder mit „nomesync setup“ ein.</translation>
    </message>
    <message>
        <source>There are %1 workspaces; choose one with --workspace NAME.</source>
        <translation>Es gibt %1 Arbeitsbereiche; wählen Sie einen mit --workspace NAME.</translation>
    </message>
    <message>
        <source>Lists the workspaces on this computer.</source>
        <translation>Listet die Arbeitsbereiche auf diesem Computer auf.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Shows the last and the next sync of each workspace (or of one).</source>
        <translation>Zeigt die letzte und die nächste Synchronisierung jedes Arbeitsbereichs (oder eines).</translation>
    </message>
    <message>
        <source>running: run %1 since %2</source>
        <translation>läuft: Lauf %1 seit %2</translation>
    </message>
    <message>
        <source>last run: %1 #%2 %3, %4 (%5): %6 sent, %7 failed, %8 skipped</source>
        <translation>letzter Lauf: %1 #%2 %3, %4 (%5): %6 gesendet, %7 fehlgeschlagen, %8 übersprungen</translation>
    </message>
    <message>
        <source>no sync yet</source>
        <translation>noch keine Synchronisierung</translation>
    </message>
    <message>
        <source>schedule: %1; next: %2</source>
        <translation>Zeitplan: %1; nächste: %2</translation>
    </message>
    <message>
        <source>Lists the runs of a workspace, newest first.</source>
        <translation>Listet die Läufe eines Arbeitsbereichs auf, neueste zuerst.</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; runs (default 20).</source>
        <translation>Höchstens &lt;n&gt; Läufe anzeigen (Standard 20).</translation>
    </message>
    <message>
        <source>RUN	STATE	TRIGGER	STARTED	DURATION	ATTEMPTED	SUCCEEDED	FAILED	SKIPPED</source>
        <translation>LAUF	STATUS	AUSLÖSER	BEGINN	DAUER	VERSUCHT	ERFOLGREICH	FEHLGESCHLAGEN	ÜBERSPRUNGEN</translation>
    </message>
    <message>
        <source>Writes the failed and skipped rows of a run to a CSV file.</source>
        <translation>Schreibt die fehlgeschlagenen und übersprungenen Zeilen eines Laufs in eine CSV-Datei.</translation>
    </message>
    <message>
        <source>The run number (see &quot;nomesync runs&quot;).</source>
        <translation>Die Nummer des Laufs (siehe „nomesync runs“).</translation>
    </message>
    <message>
        <source>Write the rows to &lt;file&gt; (RFC 4180, UTF-8).</source>
        <translation>Die Zeilen in &lt;file&gt; schreiben (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <source>Only rows of this Salesforce object.</source>
        <translation>Nur Zeilen dieses Salesforce-Objekts.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; rows (e.g. 100, the sample of seed 000); default: all.</source>
        <translation>Höchstens &lt;n&gt; Zeilen (z. B. 100, die Stichprobe von Seed 000); Standard: alle.</translation>
    </message>
    <message>
        <source>Usage: nomesync errors RUN --csv FILE [--workspace NAME] [--object NAME] [--limit N]</source>
        <translation>Aufruf: nomesync errors RUN --csv FILE [--workspace NAME] [--object NAME] [--limit N]</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; has no run %2.</source>
        <translation>Arbeitsbereich „%1“ hat keinen Lauf %2.</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 Zeilen nach %2 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace file(s) could not be opened (the workspace may be one of them):</source>
        <translation>
            <numerusform>%n Workspace-Datei konnte nicht geöffnet werden (der Workspace ist vielleicht diese):</numerusform>
            <numerusform>%n Workspace-Dateien konnten nicht geöffnet werden (der Workspace ist vielleicht eine davon):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>InsightBadge</name>
    <message>
        <source>As synced</source>
        <translation>Wie synchronisiert</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Not in Salesforce</source>
        <translation>Nicht in Salesforce</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Nicht synchronisiert</translation>
    </message>
    <message>
        <source>an earlier sync</source>
        <translation>einer früheren Synchronisierung</translation>
    </message>
    <message>
        <source>Salesforce holds exactly this value: the sync of %1 sent it to %2 and Salesforce confirmed it.</source>
        <translation>Salesforce enthält genau diesen Wert: Die Synchronisierung von %1 hat ihn an %2 gesendet, und Salesforce hat ihn bestätigt.</translation>
    </message>
    <message>
        <source>Salesforce still holds an older value (confirmed by the sync of %1). This value was read from Metronome later; the next sync sends it to %2.</source>
        <translation>Salesforce enthält noch einen älteren Wert (bestätigt durch die Synchronisierung von %1). Dieser Wert wurde später aus Metronome gelesen; die nächste Synchronisierung sendet ihn an %2.</translation>
    </message>
    <message>
        <source>This record has not reached Salesforce: no sync has had %1 confirm it yet.</source>
        <translation>Dieser Datensatz ist noch nicht in Salesforce angekommen: Keine Synchronisierung hat ihn von %1 bestätigen lassen.</translation>
    </message>
    <message>
        <source>The workspace&apos;s Salesforce package has no object for this, so it is shown here only.</source>
        <translation>Das Salesforce-Paket des Arbeitsbereichs hat dafür kein Objekt, daher wird es nur hier angezeigt.</translation>
    </message>
    <message>
        <source>This row cannot be sent to %1 as it is (see Failures).</source>
        <translation>Diese Zeile kann so nicht an %1 gesendet werden (siehe Fehler).</translation>
    </message>
    <message>
        <source>The last sync reported: %1</source>
        <translation>Die letzte Synchronisierung meldete: %1</translation>
    </message>
    <message>
        <source>External ID: %1</source>
        <translation>Externe ID: %1</translation>
    </message>
</context>
<context>
    <name>InsightChartFrame</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightDisplay</name>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period: inclusive start – exclusive end.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Usage (consolidated)</source>
        <translation>Nutzung (zusammengefasst)</translation>
    </message>
    <message>
        <source>Commit purchase</source>
        <translation>Commit-Kauf</translation>
    </message>
    <message>
        <source>Applied commit or credit</source>
        <translation>Angewendeter Commit oder Guthaben</translation>
    </message>
    <message>
        <source>Fixed fee</source>
        <translation>Festgebühr</translation>
    </message>
    <message>
        <source>Scheduled charge</source>
        <translation>Geplante Gebühr</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 pro %2</translation>
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
        <translation>Zwischensumme %1; Gesamt nach Commits, Guthaben und Korrekturen %2.</translation>
    </message>
    <message>
        <source>Invoice %1, issued %2</source>
        <translation>Rechnung %1, ausgestellt %2</translation>
    </message>
    <message>
        <source>Invoice %1, not issued yet</source>
        <translation>Rechnung %1, noch nicht ausgestellt</translation>
    </message>
    <message>
        <source>Drawn from a commit or credit (a postpaid commit&apos;s application is shown but not deducted from the invoice total).</source>
        <translation>Aus einem Commit oder Guthaben entnommen (die Anwendung eines nachträglich bezahlten Commits wird angezeigt, aber nicht vom Rechnungsbetrag abgezogen).</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Invoice period / item</source>
        <translation>Rechnungszeitraum / Position</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
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
        <translation>Mit einem Salesforce-Account verknüpfen</translation>
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
        <translation>Metronome-ID %1 · verknüpft mit: %2</translation>
    </message>
    <message>
        <source>nothing (orphan)</source>
        <translation>nichts (verwaist)</translation>
    </message>
    <message>
        <source>001… (15 or 18 characters, from the account&apos;s URL)</source>
        <translation>001… (15 oder 18 Zeichen, aus der URL des Accounts)</translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation>Account-&amp;ID:</translation>
    </message>
    <message>
        <source>Part of the account&apos;s name</source>
        <translation>Teil des Account-Namens</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Account-&amp;Name:</translation>
    </message>
    <message>
        <source>By Account &amp;ID</source>
        <translation>Nach Account-&amp;ID</translation>
    </message>
    <message>
        <source>&amp;Find by Name</source>
        <translation>Nach Namen &amp;finden</translation>
    </message>
    <message>
        <source>Add it as a &amp;further account (the records stay where they are)</source>
        <translation>Als &amp;weiteren Account hinzufügen (die Datensätze bleiben, wo sie sind)</translation>
    </message>
    <message>
        <source>Make it the &amp;primary account (replaces %1 in Metronome; the records move)</source>
        <translation>Zum &amp;primären Account machen (ersetzt %1 in Metronome; die Datensätze wechseln)</translation>
    </message>
    <message>
        <source>&amp;Primary account</source>
        <translation>&amp;Primärer Account</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>Checking %1 in Salesforce…</source>
        <translation>%1 wird in Salesforce geprüft…</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>(the ID&apos;s letter case was repaired from its checksum)</source>
        <translation>(Groß-/Kleinschreibung der ID wurde anhand der Prüfsumme korrigiert)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No account&apos;s name contains &quot;%1&quot;.</source>
        <translation>Kein Account-Name enthält „%1“.</translation>
    </message>
    <message>
        <source>The first %1 matches; type more of the name to narrow them.</source>
        <translation>Die ersten %1 Treffer; geben Sie mehr vom Namen ein, um sie einzugrenzen.</translation>
    </message>
    <message>
        <source>1 account found.</source>
        <translation>1 Account gefunden.</translation>
    </message>
    <message>
        <source>%1 accounts found. Pick one.</source>
        <translation>%1 Accounts gefunden. Wählen Sie einen.</translation>
    </message>
    <message>
        <source>Link to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Mit &lt;b&gt;%1&lt;/b&gt; verknüpfen</translation>
    </message>
    <message>
        <source>Already linked to customer %1 as well.</source>
        <translation>Auch bereits mit Kunde %1 verknüpft.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Metronome&apos;s link changes to this account, and the customer&apos;s records in Salesforce move to it at once.</source>
        <translation>Die Verknüpfung in Metronome wechselt zu diesem Account, und die Datensätze des Kunden in Salesforce wechseln sofort mit.</translation>
    </message>
    <message>
        <source>The account is kept as a further account of the customer (in NomeSync and in Salesforce); Metronome&apos;s link and the records stay as they are.</source>
        <translation>Der Account wird als weiterer Account des Kunden geführt (in NomeSync und in Salesforce); die Verknüpfung in Metronome und die Datensätze bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>This customer is an orphan: linking writes the account to Metronome and moves all of its records in Salesforce (customer, contracts, commits, invoices, usage…) to the account at once.</source>
        <translation>Dieser Kunde ist verwaist: Das Verknüpfen schreibt den Account nach Metronome und hängt alle seine Datensätze in Salesforce (Kunde, Verträge, Commits, Rechnungen, Nutzung…) sofort an den Account um.</translation>
    </message>
    <message>
        <source>Linking: Metronome first, then the records in Salesforce…</source>
        <translation>Verknüpfen: zuerst Metronome, dann die Datensätze in Salesforce…</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Umgehängt</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Nicht umgehängt</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Warum nicht</translation>
    </message>
</context>
<context>
    <name>LinkController</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
</context>
<context>
    <name>LinkService</name>
    <message>
        <source>Workspace &quot;%1&quot; is not set up yet: finish the setup wizard first.</source>
        <translation>Arbeitsbereich „%1“ ist noch nicht eingerichtet: Schließen Sie zuerst den Einrichtungsassistenten ab.</translation>
    </message>
    <message>
        <source>primary %1</source>
        <translation>primär %1</translation>
    </message>
    <message>
        <source>further %1</source>
        <translation>weiterer %1</translation>
    </message>
    <message>
        <source>none (orphan)</source>
        <translation>keiner (verwaist)</translation>
    </message>
    <message>
        <source>Customer %1 is not in this workspace yet. Run a sync first, so NomeSync knows it.</source>
        <translation>Kunde %1 ist noch nicht in diesem Arbeitsbereich. Synchronisieren Sie zuerst, damit NomeSync ihn kennt.</translation>
    </message>
    <message>
        <source>Metronome could not be asked about %1: %2</source>
        <translation>Metronome konnte nicht zu %1 befragt werden: %2</translation>
    </message>
    <message>
        <source>%1 is already linked to %2.</source>
        <translation>%1 ist bereits mit %2 verknüpft.</translation>
    </message>
    <message>
        <source>%1 is not linked to %2.</source>
        <translation>%1 ist nicht mit %2 verknüpft.</translation>
    </message>
    <message>
        <source>Metronome did not take the change, so nothing was changed: %1</source>
        <translation>Metronome hat die Änderung nicht übernommen, daher wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>%1 linked to %2; Metronome&apos;s Salesforce account set (updateConfig).</source>
        <translation>%1 mit %2 verknüpft; Salesforce-Account in Metronome gesetzt (updateConfig).</translation>
    </message>
    <message>
        <source>%1 also linked to %2 (kept in the workspace and written to Salesforce).</source>
        <translation>%1 zusätzlich mit %2 verknüpft (im Arbeitsbereich gespeichert und nach Salesforce geschrieben).</translation>
    </message>
    <message>
        <source>%1 unlinked from %2; Metronome&apos;s Salesforce account cleared (updateConfig null).</source>
        <translation>Verknüpfung von %1 mit %2 gelöst; Salesforce-Account in Metronome entfernt (updateConfig null).</translation>
    </message>
    <message>
        <source>%1 no longer linked to %2.</source>
        <translation>%1 ist nicht mehr mit %2 verknüpft.</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>kein Account</translation>
    </message>
    <message>
        <source>… and %1 more failed rows.</source>
        <translation>… und %1 weitere fehlgeschlagene Zeilen.</translation>
    </message>
    <message>
        <source>Could not find the old account links to remove: %1</source>
        <translation>Die alten Account-Verknüpfungen zum Entfernen wurden nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Could not remove the old account links: %1</source>
        <translation>Die alten Account-Verknüpfungen konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>An old account link was not removed: %1 %2</source>
        <translation>Eine alte Account-Verknüpfung wurde nicht entfernt: %1 %2</translation>
    </message>
    <message>
        <source>The account link %1 was not written: %2 %3</source>
        <translation>Die Account-Verknüpfung %1 wurde nicht geschrieben: %2 %3</translation>
    </message>
    <message>
        <source>%1 is no longer linked to %2.</source>
        <translation>%1 ist nicht mehr mit %2 verknüpft.</translation>
    </message>
    <message>
        <source>%1 is now linked to %2.</source>
        <translation>%1 ist jetzt mit %2 verknüpft.</translation>
    </message>
    <message>
        <source>%1 is now also linked to %2.</source>
        <translation>%1 ist jetzt zusätzlich mit %2 verknüpft.</translation>
    </message>
    <message>
        <source>Salesforce: %1 The next sync writes what is missing.</source>
        <translation>Salesforce: %1 Die nächste Synchronisierung schreibt, was fehlt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>Die Datei ist größer als %1 MB; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>Could not read the workspace&apos;s customers: %1</source>
        <translation>Die Kunden des Arbeitsbereichs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The customer is missing.</source>
        <translation>Der Kunde fehlt.</translation>
    </message>
    <message>
        <source>No customer with the Metronome ID or ingest alias &quot;%1&quot; in this workspace.</source>
        <translation>Kein Kunde mit der Metronome-ID oder dem Ingest-Alias „%1“ in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 already appears on line %2.</source>
        <translation>%1 steht bereits in Zeile %2.</translation>
    </message>
    <message>
        <source>Already linked to this account: nothing to do.</source>
        <translation>Bereits mit diesem Account verknüpft: nichts zu tun.</translation>
    </message>
    <message>
        <source>%1 is already linked to %2. Change that link in the Link dialog.</source>
        <translation>%1 ist bereits mit %2 verknüpft. Ändern Sie diese Verknüpfung im Verknüpfungsdialog.</translation>
    </message>
    <message>
        <source>The account is already linked to customer %1.</source>
        <translation>Der Account ist bereits mit Kunde %1 verknüpft.</translation>
    </message>
    <message>
        <source>The account is already linked to another customer on line %1.</source>
        <translation>Der Account ist bereits mit einem anderen Kunden in Zeile %1 verknüpft.</translation>
    </message>
    <message>
        <source>Stopped before this row was applied.</source>
        <translation>Angehalten, bevor diese Zeile angewendet wurde.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
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
        <translation>Bereits verknüpft</translation>
    </message>
    <message>
        <source>Not a Salesforce ID</source>
        <translation>Keine Salesforce-ID</translation>
    </message>
    <message>
        <source>Bad checksum</source>
        <translation>Falsche Prüfsumme</translation>
    </message>
    <message>
        <source>Not an Account ID</source>
        <translation>Keine Account-ID</translation>
    </message>
    <message>
        <source>Account not found</source>
        <translation>Account nicht gefunden</translation>
    </message>
    <message>
        <source>Customer not found</source>
        <translation>Kunde nicht gefunden</translation>
    </message>
    <message>
        <source>Already linked elsewhere</source>
        <translation>Bereits anderweitig verknüpft</translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation>Doppelte Zeile</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Nicht angewendet</translation>
    </message>
</context>
<context>
    <name>LinkingPages</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Verwaiste</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Edit Workspace Setup…</source>
        <translation>Einrichtung des Arbeitsbereichs &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>NomeSync &amp;User Guide</source>
        <translation>NomeSync-&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>&amp;Problem melden…</translation>
    </message>
    <message>
        <source>&amp;About NomeSync</source>
        <translation>&amp;Über NomeSync</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Set up another workspace (another Metronome environment or Salesforce org)</source>
        <translation>Einen weiteren Arbeitsbereich einrichten (eine andere Metronome-Umgebung oder Salesforce-Org)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>Synchronisierungen</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 — NomeSync</source>
        <translation>%1 — NomeSync</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>Quit NomeSync</source>
        <translation>NomeSync beenden</translation>
    </message>
    <message>
        <source>A sync of %1 is running. Quit anyway? The sync stops; rows already written stay in Salesforce and the next sync sends the rest.</source>
        <translation>Eine Synchronisierung von %1 läuft. Trotzdem beenden? Die Synchronisierung stoppt; bereits geschriebene Zeilen bleiben in Salesforce, und die nächste Synchronisierung sendet den Rest.</translation>
    </message>
    <message>
        <source>About NomeSync</source>
        <translation>Über NomeSync</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NomeSync %1&lt;/h3&gt;&lt;p&gt;Syncs Metronome billing data into the Metronome package objects of a Salesforce org, and helps admins link customers, adopt orphans and review every failed row.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NomeSync %1&lt;/h3&gt;&lt;p&gt;Synchronisiert Metronome-Abrechnungsdaten in die Objekte des Metronome-Pakets einer Salesforce-Org und hilft Admins, Kunden zu verknüpfen, verwaiste Kunden zu übernehmen und jede fehlgeschlagene Zeile zu prüfen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MetronomeClient</name>
    <message>
        <source>the answer is not a JSON object (%1)</source>
        <translation>die Antwort ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot; list</source>
        <translation>die Antwort hat keine „data“-Liste</translation>
    </message>
    <message>
        <source>next_page is not a string</source>
        <translation>next_page ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>the same next_page came back twice</source>
        <translation>dieselbe next_page kam zweimal zurück</translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot;</source>
        <translation>die Antwort hat kein „data“</translation>
    </message>
    <message>
        <source>an item does not match the API: %1</source>
        <translation>ein Element entspricht nicht der API: %1</translation>
    </message>
    <message>
        <source>reading customers</source>
        <translation>beim Lesen der Kunden</translation>
    </message>
    <message>
        <source>reading customer %1</source>
        <translation>beim Lesen von Kunde %1</translation>
    </message>
    <message>
        <source>reading contracts of customer %1</source>
        <translation>beim Lesen der Verträge von Kunde %1</translation>
    </message>
    <message>
        <source>reading credits of customer %1</source>
        <translation>beim Lesen der Guthaben von Kunde %1</translation>
    </message>
    <message>
        <source>reading commits of customer %1</source>
        <translation>beim Lesen der Commits von Kunde %1</translation>
    </message>
    <message>
        <source>reading rate cards</source>
        <translation>beim Lesen der Preislisten</translation>
    </message>
    <message>
        <source>reading products</source>
        <translation>beim Lesen der Produkte</translation>
    </message>
    <message>
        <source>reading credit types</source>
        <translation>beim Lesen der Guthabentypen</translation>
    </message>
    <message>
        <source>reading billable metrics</source>
        <translation>beim Lesen der abrechenbaren Metriken</translation>
    </message>
    <message>
        <source>reading plans</source>
        <translation>beim Lesen der Tarifpläne</translation>
    </message>
    <message>
        <source>reading plans of customer %1</source>
        <translation>beim Lesen der Tarifpläne von Kunde %1</translation>
    </message>
    <message>
        <source>reading invoices of customer %1</source>
        <translation>beim Lesen der Rechnungen von Kunde %1</translation>
    </message>
    <message>
        <source>reading invoice %1</source>
        <translation>beim Lesen von Rechnung %1</translation>
    </message>
    <message>
        <source>reading credit grants</source>
        <translation>beim Lesen der Guthabenzuteilungen</translation>
    </message>
    <message>
        <source>reading usage</source>
        <translation>beim Lesen der Nutzung</translation>
    </message>
    <message>
        <source>a usage window needs a start before its end</source>
        <translation>ein Nutzungsfenster braucht einen Beginn vor seinem Ende</translation>
    </message>
    <message>
        <source>reading grouped usage of customer %1</source>
        <translation>beim Lesen der gruppierten Nutzung von Kunde %1</translation>
    </message>
    <message>
        <source>grouped usage needs a customer, a billable metric and a window</source>
        <translation>gruppierte Nutzung braucht einen Kunden, eine abrechenbare Metrik und ein Zeitfenster</translation>
    </message>
    <message>
        <source>linking customer %1 to a Salesforce account</source>
        <translation>beim Verknüpfen von Kunde %1 mit einem Salesforce-Account</translation>
    </message>
    <message>
        <source>unlinking customer %1 from its Salesforce account</source>
        <translation>beim Lösen der Verknüpfung von Kunde %1 mit seinem Salesforce-Account</translation>
    </message>
    <message>
        <source>creating customer %1</source>
        <translation>beim Anlegen von Kunde %1</translation>
    </message>
</context>
<context>
    <name>MetronomeError</name>
    <message>
        <source>Cancelled while %1.</source>
        <translation>Abgebrochen %1.</translation>
    </message>
    <message>
        <source>Could not reach Metronome while %1 (%2).</source>
        <translation>Metronome war %1 nicht erreichbar (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Metronome did not answer in time while %1; NomeSync gave up after %n attempt(s).</source>
        <translation>
            <numerusform>Metronome hat %1 nicht rechtzeitig geantwortet; NomeSync hat nach %n Versuch aufgegeben.</numerusform>
            <numerusform>Metronome hat %1 nicht rechtzeitig geantwortet; NomeSync hat nach %n Versuchen aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>NomeSync did not contact Metronome while %1: %2</source>
        <translation>NomeSync hat Metronome %1 nicht kontaktiert: %2</translation>
    </message>
    <message>
        <source>The Metronome API token was rejected while %1. Check the token in the workspace settings, or replace it.</source>
        <translation>Der Metronome-API-Token wurde %1 abgelehnt. Prüfen Sie den Token in den Einstellungen des Arbeitsbereichs oder ersetzen Sie ihn.</translation>
    </message>
    <message>
        <source>The Metronome API token lacks permission for %1. Use a token that is allowed to do this.</source>
        <translation>Dem Metronome-API-Token fehlt die Berechtigung für %1. Verwenden Sie einen Token, der das darf.</translation>
    </message>
    <message>
        <source>Metronome could not find what NomeSync asked for while %1: %2</source>
        <translation>Metronome hat %1 nicht gefunden, was NomeSync angefragt hat: %2</translation>
    </message>
    <message>
        <source>Metronome refused the request while %1 (HTTP %2): %3</source>
        <translation>Metronome hat die Anfrage %1 abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Metronome reported a conflict while %1: %2</source>
        <translation>Metronome hat %1 einen Konflikt gemeldet: %2</translation>
    </message>
    <message numerus="yes">
        <source>Metronome kept answering &quot;too many requests&quot; while %1; NomeSync gave up after %n attempt(s).</source>
        <translation>
            <numerusform>Metronome antwortete %1 immer wieder mit „zu viele Anfragen“; NomeSync hat nach %n Versuch aufgegeben.</numerusform>
            <numerusform>Metronome antwortete %1 immer wieder mit „zu viele Anfragen“; NomeSync hat nach %n Versuchen aufgegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Metronome had a server error (HTTP %1) while %2; NomeSync gave up after %n attempt(s).</source>
        <translation>
            <numerusform>Metronome hatte einen Serverfehler (HTTP %1) %2; NomeSync hat nach %n Versuch aufgegeben.</numerusform>
            <numerusform>Metronome hatte einen Serverfehler (HTTP %1) %2; NomeSync hat nach %n Versuchen aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Metronome sent an answer NomeSync could not read while %1 (%2).</source>
        <translation>Metronome hat %1 eine Antwort gesendet, die NomeSync nicht lesen konnte (%2).</translation>
    </message>
</context>
<context>
    <name>MetronomeJsonReader</name>
    <message>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected strings</source>
        <translation>Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1: Objekt erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>keine endliche Zahl</translation>
    </message>
    <message>
        <source>expected a decimal number, got &quot;%1&quot;</source>
        <translation>Dezimalzahl erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <source>expected an RFC 3339 timestamp, got &quot;%1&quot;</source>
        <translation>RFC-3339-Zeitstempel erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a number or null, got %1</source>
        <translation>Zahl oder null erwartet, %1 erhalten</translation>
    </message>
</context>
<context>
    <name>MetronomeProbe</name>
    <message>
        <source>Metronome answered.</source>
        <translation>Metronome hat geantwortet.</translation>
    </message>
</context>
<context>
    <name>MetronomeSourceReader</name>
    <message>
        <source>Read %1 of %2 customers</source>
        <translation>%1 von %2 Kunden gelesen</translation>
    </message>
    <message>
        <source>Contract from %1</source>
        <translation>Vertrag ab %1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This workspace was saved by a newer NomeSync (schema %1; this version knows up to %2). Update NomeSync to open it.</source>
        <translation>Dieser Arbeitsbereich wurde von einer neueren NomeSync-Version gespeichert (Schema %1; diese Version kennt bis %2). Aktualisieren Sie NomeSync, um ihn zu öffnen.</translation>
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
        <translation>Nur diese Objekte synchronisieren</translation>
    </message>
    <message>
        <source>Sync the checked objects now. Only rows that changed since the last sync are sent; parents are not added for you, so a child whose parent is not in Salesforce yet fails with a lookup error.</source>
        <translation>Die markierten Objekte jetzt synchronisieren. Nur seit der letzten Synchronisierung geänderte Zeilen werden gesendet; übergeordnete Objekte werden nicht automatisch ergänzt, daher schlägt ein untergeordneter Datensatz, dessen übergeordneter noch nicht in Salesforce ist, mit einem Nachschlagefehler fehl.</translation>
    </message>
    <message>
        <source>&amp;Sync Selected</source>
        <translation>Auswahl &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
</context>
<context>
    <name>OrphanListModel</name>
    <message>
        <source>Lead candidate</source>
        <translation>Lead-Kandidat</translation>
    </message>
    <message>
        <source>%1 (%2% match)</source>
        <translation>%1 (%2 % Übereinstimmung)</translation>
    </message>
    <message>
        <source>Among the top 10% of orphans by this month&apos;s spend: worth turning into a lead.</source>
        <translation>Unter den obersten 10 % der verwaisten Kunden nach Umsatz in diesem Monat: lohnt sich als Lead.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Metronome ID</source>
        <translation>Metronome-ID</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Suggested account</source>
        <translation>Vorgeschlagener Account</translation>
    </message>
</context>
<context>
    <name>OrphansPage</name>
    <message>
        <source>Customers with no Salesforce account, typically self-serve sign-ups, ranked by this month&apos;s spend. The top 10 % are lead candidates. Linking one moves all its Salesforce records to the account at once.</source>
        <translation>Kunden ohne Salesforce-Account, meist Self-Service-Anmeldungen, geordnet nach Umsatz in diesem Monat. Die obersten 10 % sind Lead-Kandidaten. Beim Verknüpfen werden alle ihre Salesforce-Datensätze sofort an den Account umgehängt.</translation>
    </message>
    <message>
        <source>&amp;Find Suggested Accounts</source>
        <translation>Vorgeschlagene Accounts &amp;finden</translation>
    </message>
    <message>
        <source>Read the org&apos;s accounts and match them with the orphans by company name (and by Metronome ID where the org&apos;s Account has that field)</source>
        <translation>Die Accounts der Org lesen und über den Firmennamen (und die Metronome-ID, wenn das Account-Objekt der Org dieses Feld hat) den verwaisten Kunden zuordnen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>&amp;Review Suggestion…</source>
        <translation>Vorschlag &amp;prüfen…</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Verknüpfen…</translation>
    </message>
    <message>
        <source>Reading the org&apos;s accounts…</source>
        <translation>Die Accounts der Org werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the org&apos;s accounts… %1</source>
        <translation>Die Accounts der Org werden gelesen… %1</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>Keine Vorschläge: %1</translation>
    </message>
    <message>
        <source>%1 suggestions from %2 accounts%3</source>
        <translation>%1 Vorschläge aus %2 Accounts%3</translation>
    </message>
    <message>
        <source> (names and Metronome IDs)</source>
        <translation> (Namen und Metronome-IDs)</translation>
    </message>
    <message>
        <source>No orphans: every customer is linked.</source>
        <translation>Keine verwaisten Kunden: Jeder Kunde ist verknüpft.</translation>
    </message>
    <message>
        <source>%1 orphans · %2 lead candidates · %3 with a suggested account</source>
        <translation>%1 verwaiste Kunden · %2 Lead-Kandidaten · %3 mit vorgeschlagenem Account</translation>
    </message>
    <message>
        <source>&amp;Review Suggestions…</source>
        <translation>Vorschläge &amp;prüfen…</translation>
    </message>
    <message>
        <source>A sync is running; change links when it has finished.</source>
        <translation>Eine Synchronisierung läuft; ändern Sie Verknüpfungen, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>Link the selected orphan to a Salesforce account (Ctrl+L)</source>
        <translation>Den gewählten verwaisten Kunden mit einem Salesforce-Account verknüpfen (Strg+L)</translation>
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
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Synchronisierung läuft</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Next scheduled sync</source>
        <translation>Nächste geplante Synchronisierung</translation>
    </message>
    <message>
        <source>Salesforce API requests (24 h)</source>
        <translation>Salesforce-API-Anfragen (24 h)</translation>
    </message>
    <message>
        <source>Metronome</source>
        <translation>Metronome</translation>
    </message>
    <message>
        <source>C&amp;heck Now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Rows sent and failed, last %1 runs</source>
        <translation>Gesendete und fehlgeschlagene Zeilen, letzte %1 Läufe</translation>
    </message>
    <message>
        <source>No finished sync yet. Runs appear here as they end.</source>
        <translation>Noch keine abgeschlossene Synchronisierung. Läufe erscheinen hier, sobald sie enden.</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Sync now&lt;/b&gt; (F5) to send Metronome&apos;s data to Salesforce.</source>
        <translation>Klicken Sie auf &lt;b&gt;Jetzt synchronisieren&lt;/b&gt; (F5), um die Daten von Metronome an Salesforce zu senden.</translation>
    </message>
    <message>
        <source>No sync has run in this workspace yet.</source>
        <translation>In diesem Arbeitsbereich lief noch keine Synchronisierung.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;run:%1&quot;&gt;Run #%1&lt;/a&gt; · %2 · %3</source>
        <translation>&lt;a href=&quot;run:%1&quot;&gt;Lauf #%1&lt;/a&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · took %2</source>
        <translation>%1 · Dauer %2</translation>
    </message>
    <message>
        <source>%1 rows sent</source>
        <translation>%1 Zeilen gesendet</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;failures:%1&quot; style=&quot;color:#b91c1c&quot;&gt;%2 failed or skipped — review&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;failures:%1&quot; style=&quot;color:#b91c1c&quot;&gt;%2 fehlgeschlagen oder übersprungen — prüfen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No failures</source>
        <translation>Keine Fehler</translation>
    </message>
    <message>
        <source>Run #%1</source>
        <translation>Lauf #%1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Reading Metronome</source>
        <translation>Metronome wird gelesen</translation>
    </message>
    <message>
        <source>Writing to Salesforce</source>
        <translation>Schreiben nach Salesforce</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · &lt;a href=&quot;run&quot;&gt;Show objects&lt;/a&gt;</source>
        <translation>%1 · &lt;a href=&quot;run&quot;&gt;Objekte anzeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Scheduled syncs are turned off. Sync by hand, or set a schedule in Settings.</source>
        <translation>Geplante Synchronisierungen sind ausgeschaltet. Synchronisieren Sie von Hand oder legen Sie in den Einstellungen einen Zeitplan fest.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Runs while NomeSync is open.</source>
        <translation>Läuft, solange NomeSync geöffnet ist.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Salesforce reports it with every call; the first sync of this session reads it.</source>
        <translation>Salesforce meldet es bei jedem Aufruf; die erste Synchronisierung dieser Sitzung liest es.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 requests used&lt;br&gt;as of %3</source>
        <translation>%1 von %2 Anfragen verbraucht&lt;br&gt;Stand %3</translation>
    </message>
    <message>
        <source>The org&apos;s daily allowance is shared with every app connected to it. Salesforce reports it with every call (Sforce-Limit-Info).</source>
        <translation>Das Tageskontingent der Org wird mit jeder verbundenen App geteilt. Salesforce meldet es bei jedem Aufruf (Sforce-Limit-Info).</translation>
    </message>
    <message>
        <source>Call Metronome now</source>
        <translation>Metronome jetzt aufrufen</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>A sync or &lt;b&gt;Check now&lt;/b&gt; tells whether Metronome answers.</source>
        <translation>Eine Synchronisierung oder &lt;b&gt;Jetzt prüfen&lt;/b&gt; zeigt, ob Metronome antwortet.</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;as of %2</source>
        <translation>%1&lt;br&gt;Stand %2</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed or skipped</source>
        <translation>Fehlgeschlagen oder übersprungen</translation>
    </message>
</context>
<context>
    <name>PackageChecklistModel</name>
    <message>
        <source>API version %1 is supported by the org.</source>
        <translation>API-Version %1 wird von der Org unterstützt.</translation>
    </message>
    <message>
        <source>API version %1 is supported by the org (its newest is %2).</source>
        <translation>API-Version %1 wird von der Org unterstützt (ihre neueste ist %2).</translation>
    </message>
    <message>
        <source>External IDs: all %1 in place, so records are upserted, never duplicated.</source>
        <translation>Externe IDs: alle %1 vorhanden, daher werden Datensätze per Upsert geschrieben, nie doppelt.</translation>
    </message>
    <message>
        <source>External IDs: %1 of %2 in place; missing or not an external ID: %3.</source>
        <translation>Externe IDs: %1 von %2 vorhanden; fehlend oder keine externe ID: %3.</translation>
    </message>
    <message>
        <source>Access: the signed-in user can create and edit all %1 objects.</source>
        <translation>Zugriff: Der angemeldete Benutzer kann alle %1 Objekte anlegen und bearbeiten.</translation>
    </message>
    <message>
        <source>Access: the signed-in user cannot create or edit %1.</source>
        <translation>Zugriff: Der angemeldete Benutzer kann %1 nicht anlegen oder bearbeiten.</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>PackageDefinition</name>
    <message>
        <source>There is no package variant called &quot;%1&quot;.</source>
        <translation>Es gibt keine Paketvariante namens „%1“.</translation>
    </message>
    <message>
        <source>Cannot read the package definition %1: %2</source>
        <translation>Die Paketdefinition %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The package definition is not valid JSON: %1</source>
        <translation>Die Paketdefinition ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The package definition has no name or no objects.</source>
        <translation>Die Paketdefinition hat keinen Namen oder keine Objekte.</translation>
    </message>
    <message>
        <source>Object name &quot;%1&quot; is empty or repeated.</source>
        <translation>Objektname „%1“ ist leer oder doppelt.</translation>
    </message>
    <message>
        <source>Object %1 needs its own 3-character key prefix.</source>
        <translation>Objekt %1 braucht ein eigenes Schlüsselpräfix aus 3 Zeichen.</translation>
    </message>
    <message>
        <source>Object %1 names %2 as its external ID, but that field is not an external ID.</source>
        <translation>Objekt %1 nennt %2 als externe ID, aber dieses Feld ist keine externe ID.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; of %2 is empty or repeated.</source>
        <translation>Feld „%1“ von %2 ist leer oder doppelt.</translation>
    </message>
    <message>
        <source>Field %1.%2 is writable but has no source.</source>
        <translation>Feld %1.%2 ist beschreibbar, hat aber keine Quelle.</translation>
    </message>
    <message>
        <source>Lookup %1.%2 needs referenceTo and relationshipName.</source>
        <translation>Nachschlagefeld %1.%2 braucht referenceTo und relationshipName.</translation>
    </message>
    <message>
        <source>Lookup %1.%2 points at %3, which is not in the package.</source>
        <translation>Nachschlagefeld %1.%2 verweist auf %3, das nicht im Paket ist.</translation>
    </message>
    <message>
        <source>Lookup %1.%2 matches on %3.%4, which is not an external ID.</source>
        <translation>Nachschlagefeld %1.%2 gleicht über %3.%4 ab, das keine externe ID ist.</translation>
    </message>
    <message>
        <source>The lookups of the package form a cycle.</source>
        <translation>Die Nachschlagefelder des Pakets bilden einen Zyklus.</translation>
    </message>
</context>
<context>
    <name>RecordMapper</name>
    <message>
        <source>%1 has no value, but Salesforce requires one.</source>
        <translation>%1 hat keinen Wert, aber Salesforce verlangt einen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values %2 allows (%3).</source>
        <translation>„%1“ ist keiner der Werte, die %2 erlaubt (%3).</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the field allows %3. The value was not sent rather than cut.</source>
        <translation>%1 ist %2 Zeichen lang; das Feld erlaubt %3. Der Wert wurde nicht gesendet statt abgeschnitten.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1 = %2 has more digits than the field allows (%3 before the decimal point).</source>
        <translation>%1 = %2 hat mehr Stellen, als das Feld erlaubt (%3 vor dem Dezimaltrennzeichen).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date Salesforce can store (years 1700 to 4000).</source>
        <translation>%1: „%2“ ist kein Datum, das Salesforce speichern kann (Jahre 1700 bis 4000).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The row has no %1, so it cannot be matched in Salesforce.</source>
        <translation>Die Zeile hat kein %1 und kann daher in Salesforce nicht zugeordnet werden.</translation>
    </message>
</context>
<context>
    <name>ReparentReport</name>
    <message>
        <source>No records to reparent: the customer is not in Salesforce yet, so the next sync creates its records with the account.</source>
        <translation>Keine Datensätze umzuhängen: Der Kunde ist noch nicht in Salesforce, daher legt die nächste Synchronisierung seine Datensätze mit dem Account an.</translation>
    </message>
    <message>
        <source>1 record reparented.</source>
        <translation>1 Datensatz umgehängt.</translation>
    </message>
    <message>
        <source>%1 records reparented.</source>
        <translation>%1 Datensätze umgehängt.</translation>
    </message>
    <message>
        <source>%1 of %2 records reparented; the rest keep their previous account until the next sync sends them again.</source>
        <translation>%1 von %2 Datensätzen umgehängt; die übrigen behalten ihren bisherigen Account, bis die nächste Synchronisierung sie erneut sendet.</translation>
    </message>
    <message>
        <source>%1: %2 moved</source>
        <translation>%1: %2 umgehängt</translation>
    </message>
    <message>
        <source>%1: %2 moved, %3 not moved</source>
        <translation>%1: %2 umgehängt, %3 nicht umgehängt</translation>
    </message>
</context>
<context>
    <name>Reparenter</name>
    <message>
        <source>Cancelled before every record was moved.</source>
        <translation>Abgebrochen, bevor alle Datensätze umgehängt waren.</translation>
    </message>
    <message>
        <source>Salesforce gave no answer for this record.</source>
        <translation>Salesforce hat für diesen Datensatz keine Antwort geliefert.</translation>
    </message>
</context>
<context>
    <name>RunListModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>retry of #%1</source>
        <translation>Wiederholung von #%1</translation>
    </message>
    <message>
        <source>Rows that changed since the last sync and were therefore sent</source>
        <translation>Seit der letzten Synchronisierung geänderte und daher gesendete Zeilen</translation>
    </message>
    <message>
        <source>Rows that changed since the last sync and were therefore sent (not the object&apos;s total)</source>
        <translation>Seit der letzten Synchronisierung geänderte und daher gesendete Zeilen (nicht die Gesamtzahl des Objekts)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Versucht</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
</context>
<context>
    <name>RunObjectsModel</name>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2</source>
        <translation>Angehalten nach %1 von %2</translation>
    </message>
    <message>
        <source>%1 not sent</source>
        <translation>%1 nicht gesendet</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>Alles gesendet</translation>
    </message>
    <message>
        <source>%1
Sent with %2</source>
        <translation>%1
Gesendet mit %2</translation>
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
        <translation>Aus Metronome gelesene Zeilen; nur geänderte werden gesendet</translation>
    </message>
    <message>
        <source>Rows read from Metronome</source>
        <translation>Aus Metronome gelesene Zeilen</translation>
    </message>
    <message>
        <source>Rows that changed since the last sync and were therefore sent (not the object&apos;s total)</source>
        <translation>Seit der letzten Synchronisierung geänderte und daher gesendete Zeilen (nicht die Gesamtzahl des Objekts)</translation>
    </message>
    <message>
        <source>Rows not sent because their parent failed in the same run</source>
        <translation>Nicht gesendete Zeilen, weil ihr übergeordneter Datensatz im selben Lauf fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Versucht</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>RunRepository</name>
    <message>
        <source>The sync stopped unexpectedly (the app was closed or killed). The next sync picks up everything that did not reach Salesforce.</source>
        <translation>Die Synchronisierung wurde unerwartet beendet (die App wurde geschlossen oder abgebrochen). Die nächste Synchronisierung holt alles nach, was Salesforce nicht erreicht hat.</translation>
    </message>
    <message>
        <source>The workspace database is busy: %1</source>
        <translation>Die Datenbank des Arbeitsbereichs ist belegt: %1</translation>
    </message>
    <message>
        <source>A sync of this workspace is already running (run %1, started %2 by process %3). Wait for it to finish or cancel it.</source>
        <translation>Eine Synchronisierung dieses Arbeitsbereichs läuft bereits (Lauf %1, gestartet %2 von Prozess %3). Warten Sie, bis sie endet, oder brechen Sie sie ab.</translation>
    </message>
</context>
<context>
    <name>SalesforceAuthorizationFlow</name>
    <message>
        <source>NomeSync could not listen on port %1 for the Salesforce sign-in: %2</source>
        <translation>NomeSync konnte für die Salesforce-Anmeldung nicht auf Port %1 lauschen: %2</translation>
    </message>
    <message>
        <source>The sign-in timed out.</source>
        <translation>Die Anmeldung hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>This address only accepts the Salesforce sign-in redirect.</source>
        <translation>Diese Adresse nimmt nur die Weiterleitung der Salesforce-Anmeldung an.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Already handled</source>
        <translation>Bereits erledigt</translation>
    </message>
    <message>
        <source>This sign-in attempt is already finished. Return to NomeSync.</source>
        <translation>Dieser Anmeldeversuch ist bereits abgeschlossen. Kehren Sie zu NomeSync zurück.</translation>
    </message>
    <message>
        <source>Sign-in not accepted</source>
        <translation>Anmeldung nicht akzeptiert</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in NomeSync started. Start again from NomeSync.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, die NomeSync gestartet hat. Beginnen Sie erneut in NomeSync.</translation>
    </message>
    <message>
        <source>The state parameter did not match.</source>
        <translation>Der state-Parameter stimmte nicht überein.</translation>
    </message>
    <message>
        <source>Salesforce not linked</source>
        <translation>Salesforce nicht verbunden</translation>
    </message>
    <message>
        <source>The answer from Salesforce had no code.</source>
        <translation>Die Antwort von Salesforce enthielt keinen Code.</translation>
    </message>
    <message>
        <source>The redirect had no authorization code.</source>
        <translation>Die Weiterleitung enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>Salesforce linked</source>
        <translation>Salesforce verbunden</translation>
    </message>
    <message>
        <source>NomeSync is signed in to Salesforce. You can close this tab and return to NomeSync.</source>
        <translation>NomeSync ist bei Salesforce angemeldet. Sie können diesen Tab schließen und zu NomeSync zurückkehren.</translation>
    </message>
</context>
<context>
    <name>SalesforceBulkJob</name>
    <message>
        <source>The new Bulk job has no id.</source>
        <translation>Der neue Bulk-Job hat keine ID.</translation>
    </message>
    <message>
        <source>The job was aborted in Salesforce.</source>
        <translation>Der Job wurde in Salesforce abgebrochen.</translation>
    </message>
    <message>
        <source>The Bulk job is in an unknown state &quot;%1&quot;.</source>
        <translation>Der Bulk-Job ist in einem unbekannten Zustand „%1“.</translation>
    </message>
    <message>
        <source>Salesforce did not process this row.</source>
        <translation>Salesforce hat diese Zeile nicht verarbeitet.</translation>
    </message>
    <message>
        <source>Salesforce did not process this row: %1</source>
        <translation>Salesforce hat diese Zeile nicht verarbeitet: %1</translation>
    </message>
    <message>
        <source>The Bulk results have no %1 column to match rows by.</source>
        <translation>Die Bulk-Ergebnisse haben keine Spalte %1, über die Zeilen zugeordnet werden können.</translation>
    </message>
    <message>
        <source>Salesforce did not report a result for this row.</source>
        <translation>Salesforce hat für diese Zeile kein Ergebnis gemeldet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SalesforceClient</name>
    <message>
        <source>Not signed in to Salesforce.</source>
        <translation>Nicht bei Salesforce angemeldet.</translation>
    </message>
    <message>
        <source>The version list is empty.</source>
        <translation>Die Versionsliste ist leer.</translation>
    </message>
    <message>
        <source>describeGlobal is not JSON.</source>
        <translation>describeGlobal ist kein JSON.</translation>
    </message>
    <message>
        <source>describe is not JSON.</source>
        <translation>describe ist kein JSON.</translation>
    </message>
    <message>
        <source>allOrNone covers one request of at most %1 records; %2 were given.</source>
        <translation>allOrNone umfasst eine Anfrage mit höchstens %1 Datensätzen; %2 wurden übergeben.</translation>
    </message>
    <message>
        <source>The Collections answer does not have one result per record.</source>
        <translation>Die Collections-Antwort hat nicht ein Ergebnis pro Datensatz.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>A Composite request holds 1 to %1 subrequests; %2 were given.</source>
        <translation>Eine Composite-Anfrage enthält 1 bis %1 Teilanfragen; %2 wurden übergeben.</translation>
    </message>
    <message>
        <source>The query answer is not a result page.</source>
        <translation>Die Abfrageantwort ist keine Ergebnisseite.</translation>
    </message>
</context>
<context>
    <name>SalesforceError</name>
    <message>
        <source>Salesforce could not be reached (%1). Check the network connection; NomeSync already retried a few times.</source>
        <translation>Salesforce war nicht erreichbar (%1). Prüfen Sie die Netzwerkverbindung; NomeSync hat es bereits einige Male erneut versucht.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>NomeSync refused to send the request: %1</source>
        <translation>NomeSync hat sich geweigert, die Anfrage zu senden: %1</translation>
    </message>
    <message>
        <source>NomeSync is not signed in to Salesforce. Link Salesforce in the setup or settings first.</source>
        <translation>NomeSync ist nicht bei Salesforce angemeldet. Verbinden Sie zuerst Salesforce in der Einrichtung oder den Einstellungen.</translation>
    </message>
    <message>
        <source>Salesforce did not accept the sign-in code (it expired or was already used). Sign in again.</source>
        <translation>Salesforce hat den Anmeldecode nicht akzeptiert (er ist abgelaufen oder wurde bereits verwendet). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Salesforce no longer accepts NomeSync&apos;s sign-in (it was revoked or has expired). Sign in to Salesforce again to continue.</source>
        <translation>Salesforce akzeptiert die Anmeldung von NomeSync nicht mehr (sie wurde widerrufen oder ist abgelaufen). Melden Sie sich erneut bei Salesforce an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Salesforce does not know this consumer key. Check the consumer key and whether the org is a production org, a sandbox or a My Domain.</source>
        <translation>Salesforce kennt diesen Consumer Key nicht. Prüfen Sie den Consumer Key und ob die Org eine Produktions-Org, eine Sandbox oder eine My Domain ist.</translation>
    </message>
    <message>
        <source>Salesforce rejected the consumer secret of the connected app.</source>
        <translation>Salesforce hat das Consumer Secret der verbundenen App abgelehnt.</translation>
    </message>
    <message>
        <source>The callback URL is not registered for this connected app. Register the loopback callback (http://localhost:&lt;port&gt;/OauthRedirect) in Salesforce.</source>
        <translation>Die Callback-URL ist für diese verbundene App nicht registriert. Registrieren Sie den Loopback-Callback (http://localhost:&lt;port&gt;/OauthRedirect) in Salesforce.</translation>
    </message>
    <message>
        <source>Access was denied in the Salesforce sign-in page, so NomeSync is not linked.</source>
        <translation>Der Zugriff wurde auf der Salesforce-Anmeldeseite verweigert, daher ist NomeSync nicht verbunden.</translation>
    </message>
    <message>
        <source>Your Salesforce admin has to approve NomeSync&apos;s connected app before you can sign in.</source>
        <translation>Ihr Salesforce-Admin muss die verbundene App von NomeSync genehmigen, bevor Sie sich anmelden können.</translation>
    </message>
    <message>
        <source>Salesforce says this user or org is inactive, so it cannot be linked.</source>
        <translation>Salesforce meldet, dass dieser Benutzer oder diese Org inaktiv ist; daher kann nicht verbunden werden.</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in attempt, so it was ignored. Try again.</source>
        <translation>Die Anmeldeantwort gehörte nicht zu diesem Anmeldeversuch und wurde ignoriert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Salesforce sign-in was not completed in time. Try again.</source>
        <translation>Die Salesforce-Anmeldung wurde nicht rechtzeitig abgeschlossen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Salesforce sign-in failed: %1 (%2).</source>
        <translation>Salesforce-Anmeldung fehlgeschlagen: %1 (%2).</translation>
    </message>
    <message>
        <source>The Salesforce org has used up its daily API request allocation (TotalRequests Limit exceeded). NomeSync stopped; sync again once the rolling 24-hour window frees requests, or ask your Salesforce admin for a higher allocation.</source>
        <translation>Die Salesforce-Org hat ihr tägliches Kontingent an API-Anfragen aufgebraucht (TotalRequests Limit exceeded). NomeSync hat angehalten; synchronisieren Sie erneut, sobald das gleitende 24-Stunden-Fenster Anfragen freigibt, oder bitten Sie Ihren Salesforce-Admin um ein höheres Kontingent.</translation>
    </message>
    <message>
        <source>Salesforce is busy with too many long-running requests in this org (ConcurrentPerOrgLongTxn). NomeSync retried and gave up; try again later.</source>
        <translation>Salesforce ist mit zu vielen lang laufenden Anfragen in dieser Org beschäftigt (ConcurrentPerOrgLongTxn). NomeSync hat es erneut versucht und aufgegeben; versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>Salesforce could not lock the records (UNABLE_TO_LOCK_ROW) after several retries. Another process is updating them; try again later.</source>
        <translation>Salesforce konnte die Datensätze nach mehreren Versuchen nicht sperren (UNABLE_TO_LOCK_ROW). Ein anderer Prozess aktualisiert sie; versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>Salesforce could not find what NomeSync asked for: %1 (%2). Is the package installed and visible to this user?</source>
        <translation>Salesforce hat nicht gefunden, was NomeSync angefragt hat: %1 (%2). Ist das Paket installiert und für diesen Benutzer sichtbar?</translation>
    </message>
    <message>
        <source>The Salesforce org does not allow API access (its edition or the user&apos;s profile).</source>
        <translation>Die Salesforce-Org erlaubt keinen API-Zugriff (ihre Edition oder das Profil des Benutzers).</translation>
    </message>
    <message>
        <source>Salesforce answered with an error: %1 (%2).</source>
        <translation>Salesforce hat mit einem Fehler geantwortet: %1 (%2).</translation>
    </message>
    <message>
        <source>The external ID matches more than one Salesforce record, so Salesforce did not know which one to update.</source>
        <translation>Die externe ID passt auf mehr als einen Salesforce-Datensatz, daher wusste Salesforce nicht, welchen es aktualisieren soll.</translation>
    </message>
    <message>
        <source>The Salesforce org does not offer API version %1, which NomeSync needs.</source>
        <translation>Die Salesforce-Org bietet API-Version %1 nicht an, die NomeSync braucht.</translation>
    </message>
    <message>
        <source>Salesforce sent an answer NomeSync cannot read: %1</source>
        <translation>Salesforce hat eine Antwort gesendet, die NomeSync nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>The Salesforce Bulk API job did not complete: %1</source>
        <translation>Der Bulk-API-Job in Salesforce wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>NomeSync cannot send this request to Salesforce: %1</source>
        <translation>NomeSync kann diese Anfrage nicht an Salesforce senden: %1</translation>
    </message>
    <message>
        <source>Salesforce cannot take requests right now (HTTP %1: %2). NomeSync retried a few times and stopped; what was not written goes in the next sync.</source>
        <translation>Salesforce nimmt gerade keine Anfragen an (HTTP %1: %2). NomeSync hat es einige Male erneut versucht und aufgehört; was nicht geschrieben wurde, geht mit der nächsten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>SalesforceId</name>
    <message>
        <source>Enter a Salesforce ID.</source>
        <translation>Geben Sie eine Salesforce-ID ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters; a Salesforce ID has 15 or 18.</source>
        <translation>„%1“ hat %2 Zeichen; eine Salesforce-ID hat 15 oder 18.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains characters that never appear in a Salesforce ID (only letters and digits do).</source>
        <translation>„%1“ enthält Zeichen, die in einer Salesforce-ID nie vorkommen (nur Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fails the Salesforce ID checksum: a character was probably mistyped. Copy the ID again from the record&apos;s URL.</source>
        <translation>„%1“ besteht die Prüfsumme einer Salesforce-ID nicht: Wahrscheinlich wurde ein Zeichen falsch eingegeben. Kopieren Sie die ID erneut aus der URL des Datensatzes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a valid Salesforce ID, but not of an %2 (%2 IDs start with &quot;%3&quot;).</source>
        <translation>„%1“ ist eine gültige Salesforce-ID, aber nicht von einem %2 (IDs von %2 beginnen mit „%3“).</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
</context>
<context>
    <name>SalesforceOAuthConfig</name>
    <message>
        <source>&quot;%1&quot; is not a My Domain name or URL (e.g. acme or https://acme.my.salesforce.com).</source>
        <translation>„%1“ ist kein My-Domain-Name und keine URL (z. B. acme oder https://acme.my.salesforce.com).</translation>
    </message>
</context>
<context>
    <name>SalesforcePackageCheck</name>
    <message>
        <source>%1 (%2) is not in the org, or this user cannot see it. Install the package for this user.</source>
        <translation>%1 (%2) ist nicht in der Org, oder dieser Benutzer kann es nicht sehen. Installieren Sie das Paket für diesen Benutzer.</translation>
    </message>
    <message>
        <source>%1 is missing because its object is missing.</source>
        <translation>%1 fehlt, weil sein Objekt fehlt.</translation>
    </message>
    <message>
        <source>This user cannot create and edit %1 records.</source>
        <translation>Dieser Benutzer kann keine %1-Datensätze anlegen und bearbeiten.</translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation>%1 ist installiert.</translation>
    </message>
    <message>
        <source>Field %1 is missing from %2.</source>
        <translation>Feld %1 fehlt in %2.</translation>
    </message>
    <message>
        <source>Field %1 is of type %2; the package needs %3.</source>
        <translation>Feld %1 ist vom Typ %2; das Paket braucht %3.</translation>
    </message>
    <message>
        <source>Field %1 is not an external ID, so records cannot be upserted by it.</source>
        <translation>Feld %1 ist keine externe ID, daher können Datensätze nicht darüber per Upsert geschrieben werden.</translation>
    </message>
    <message>
        <source>This user cannot write field %1.</source>
        <translation>Dieser Benutzer kann Feld %1 nicht schreiben.</translation>
    </message>
    <message>
        <source>Field %1 holds %2 characters; the package needs %3.</source>
        <translation>Feld %1 fasst %2 Zeichen; das Paket braucht %3.</translation>
    </message>
    <message>
        <source>Field %1 is in place.</source>
        <translation>Feld %1 ist vorhanden.</translation>
    </message>
</context>
<context>
    <name>SalesforceRecordLoader</name>
    <message>
        <source>The Salesforce org is missing what the sync writes: %1</source>
        <translation>Der Salesforce-Org fehlt, was die Synchronisierung schreibt: %1</translation>
    </message>
</context>
<context>
    <name>SalesforceSession</name>
    <message>
        <source>No keychain is configured.</source>
        <translation>Es ist kein Schlüsselbund eingerichtet.</translation>
    </message>
    <message>
        <source>There is no Salesforce refresh token; sign in first.</source>
        <translation>Es gibt kein Salesforce-Refresh-Token; melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>The identity answer is not JSON.</source>
        <translation>Die Identitätsantwort ist kein JSON.</translation>
    </message>
</context>
<context>
    <name>SalesforceTokens</name>
    <message>
        <source>The token answer has no access token.</source>
        <translation>Die Token-Antwort enthält kein Access-Token.</translation>
    </message>
    <message>
        <source>The token answer has no usable instance URL.</source>
        <translation>Die Token-Antwort enthält keine verwendbare Instanz-URL.</translation>
    </message>
</context>
<context>
    <name>SandboxInfo</name>
    <message>
        <source>The sandbox description is incomplete (it needs the Metronome URL and token and the Salesforce login URL and consumer key).</source>
        <translation>Die Beschreibung der Sandbox ist unvollständig (sie braucht die Metronome-URL und den Token sowie die Salesforce-Anmelde-URL und den Consumer Key).</translation>
    </message>
    <message>
        <source>Cannot read the sandbox description %1: %2</source>
        <translation>Die Beschreibung der Sandbox %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Only when started by hand</source>
        <translation>Nur bei manuellem Start</translation>
    </message>
    <message>
        <source>Daily at %1 UTC</source>
        <translation>Täglich um %1 UTC</translation>
    </message>
    <message>
        <source>Every hour (from %1 UTC)</source>
        <translation>Stündlich (ab %1 UTC)</translation>
    </message>
    <message>
        <source>Every %1 hours (from %2 UTC)</source>
        <translation>Alle %1 Stunden (ab %2 UTC)</translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>No saved key was found in the system keychain. Enter it again to store it. (If your keyring is locked, unlock it first.)</source>
        <translation>Im Schlüsselbund des Systems wurde kein gespeicherter Schlüssel gefunden. Geben Sie ihn erneut ein, um ihn zu speichern. (Ist Ihr Schlüsselbund gesperrt, entsperren Sie ihn zuerst.)</translation>
    </message>
    <message>
        <source>No system keychain is available, so NomeSync cannot store keys safely. Install and start a Secret Service provider (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher kann NomeSync Schlüssel nicht sicher speichern. Installieren und starten Sie einen Secret-Service-Anbieter (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your keyring is locked or not set up yet. Unlock it (for example with the &quot;Passwords and Keys&quot; app, or by logging in again) and try again.</source>
        <translation>Ihr Schlüsselbund ist gesperrt oder noch nicht eingerichtet. Entsperren Sie ihn (zum Beispiel mit der App „Passwörter und Verschlüsselung“ oder durch erneutes Anmelden) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Allow NomeSync to use the keychain and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert. Erlauben Sie NomeSync, den Schlüsselbund zu verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Daily Sync in the &amp;Background</source>
        <translation>Tägliche Synchronisierung im &amp;Hintergrund</translation>
    </message>
    <message>
        <source>Sync every workspace daily at 07:00 UTC with a systemd user timer, also while NomeSync is closed</source>
        <translation>Jeden Arbeitsbereich täglich um 07:00 UTC mit einem systemd-Benutzer-Timer synchronisieren, auch wenn NomeSync geschlossen ist</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>NomeSync uses the new language the next time it starts.</source>
        <translation>NomeSync verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Daily Sync in the Background</source>
        <translation>Tägliche Synchronisierung im Hintergrund</translation>
    </message>
</context>
<context>
    <name>SetupCommand</name>
    <message>
        <source>Sets up a workspace without a window. Put the Metronome API token in the environment variable %1 (never on the command line). Salesforce sign-in prints an address to open in a browser.</source>
        <translation>Richtet einen Arbeitsbereich ohne Fenster ein. Legen Sie den Metronome-API-Token in die Umgebungsvariable %1 (nie auf die Befehlszeile). Die Salesforce-Anmeldung gibt eine Adresse aus, die Sie im Browser öffnen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Name of the new workspace.</source>
        <translation>Name des neuen Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Production, Staging, Sandbox or your own (default Production).</source>
        <translation>Production, Staging, Sandbox oder ein eigener Name (Standard: Production).</translation>
    </message>
    <message>
        <source>Metronome API base URL (default https://api.metronome.com).</source>
        <translation>Basis-URL der Metronome-API (Standard: https://api.metronome.com).</translation>
    </message>
    <message>
        <source>https://login.salesforce.com (production), https://test.salesforce.com (sandbox) or your My Domain.</source>
        <translation>https://login.salesforce.com (Produktion), https://test.salesforce.com (Sandbox) oder Ihre My Domain.</translation>
    </message>
    <message>
        <source>Consumer key of the connected app.</source>
        <translation>Consumer Key der verbundenen App.</translation>
    </message>
    <message>
        <source>Fixed loopback port for the sign-in redirect (default: a free one).</source>
        <translation>Fester Loopback-Port für die Anmeldeweiterleitung (Standard: ein freier).</translation>
    </message>
    <message>
        <source>all (default) or linked: which customers to sync.</source>
        <translation>all (Standard) oder linked: welche Kunden synchronisiert werden.</translation>
    </message>
    <message>
        <source>daily@07:00 (default), every:6h, or off.</source>
        <translation>daily@07:00 (Standard), every:6h oder off.</translation>
    </message>
    <message>
        <source>Only these Salesforce objects (comma-separated).</source>
        <translation>Nur diese Salesforce-Objekte (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Last day of usage to read (YYYY-MM-DD; default: today).</source>
        <translation>Letzter Tag der zu lesenden Nutzung (JJJJ-MM-TT; Standard: heute).</translation>
    </message>
    <message>
        <source>Keep workspaces in &lt;dir&gt;.</source>
        <translation>Arbeitsbereiche in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>Usage: nomesync setup --workspace NAME --client-id ID [--environment ENV] [--metronome-url URL] [--salesforce-login-url URL] [--scope all|linked] [--schedule daily@07:00|every:6h|off]</source>
        <translation>Aufruf: nomesync setup --workspace NAME --client-id ID [--environment ENV] [--metronome-url URL] [--salesforce-login-url URL] [--scope all|linked] [--schedule daily@07:00|every:6h|off]</translation>
    </message>
    <message>
        <source>Set the Metronome API token in the environment variable %1 (it is never read from the command line).</source>
        <translation>Legen Sie den Metronome-API-Token in die Umgebungsvariable %1 (er wird nie von der Befehlszeile gelesen).</translation>
    </message>
    <message>
        <source>Metronome: %1</source>
        <translation>Metronome: %1</translation>
    </message>
    <message>
        <source>Metronome: token accepted and stored in the keychain: %1 customers (%2 linked to Salesforce), %3 billable metrics.</source>
        <translation>Metronome: Token akzeptiert und im Schlüsselbund gespeichert: %1 Kunden (%2 mit Salesforce verknüpft), %3 abrechenbare Metriken.</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in to Salesforce:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, um sich bei Salesforce anzumelden:</translation>
    </message>
    <message>
        <source>Salesforce: %1</source>
        <translation>Salesforce: %1</translation>
    </message>
    <message>
        <source>Salesforce: signed in as %1 (org %2), API %3.</source>
        <translation>Salesforce: angemeldet als %1 (Org %2), API %3.</translation>
    </message>
    <message>
        <source>The org is missing %1 parts of the Metronome package. Install or upgrade it, then run setup again.</source>
        <translation>Der Org fehlen %1 Teile des Metronome-Pakets. Installieren oder aktualisieren Sie es und führen Sie die Einrichtung erneut aus.</translation>
    </message>
    <message>
        <source>Package %1: every object and field is in place.</source>
        <translation>Paket %1: Jedes Objekt und Feld ist vorhanden.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; is set up. Next: nomesync sync --workspace &quot;%1&quot;</source>
        <translation>Arbeitsbereich „%1“ ist eingerichtet. Als Nächstes: nomesync sync --workspace &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SetupCoordinator</name>
    <message>
        <source>The workspace setup was saved.</source>
        <translation>Die Einrichtung des Arbeitsbereichs wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>SetupPackagePage</name>
    <message>
        <source>Install the Metronome package</source>
        <translation>Metronome-Paket installieren</translation>
    </message>
    <message>
        <source>NomeSync writes into the custom objects of the Metronome package, so the package comes first, in the Salesforce org you will link in step 3.</source>
        <translation>NomeSync schreibt in die benutzerdefinierten Objekte des Metronome-Pakets, daher kommt das Paket zuerst – in der Salesforce-Org, die Sie in Schritt 3 verbinden.</translation>
    </message>
    <message>
        <source>Your Salesforce org</source>
        <translation>Ihre Salesforce-Org</translation>
    </message>
    <message>
        <source>&amp;Production (login.salesforce.com)</source>
        <translation>&amp;Produktion (login.salesforce.com)</translation>
    </message>
    <message>
        <source>&amp;Sandbox (test.salesforce.com)</source>
        <translation>&amp;Sandbox (test.salesforce.com)</translation>
    </message>
    <message>
        <source>&amp;My Domain:</source>
        <translation>&amp;My Domain:</translation>
    </message>
    <message>
        <source>acme or https://acme.my.salesforce.com</source>
        <translation>acme oder https://acme.my.salesforce.com</translation>
    </message>
    <message>
        <source>&amp;Install Now</source>
        <translation>Jetzt &amp;installieren</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin-bottom:4px&apos;&gt;The install page asks who gets the package:&lt;/p&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;&lt;li&gt;&lt;b&gt;Admins only&lt;/b&gt; — only System Administrators can use its objects.&lt;/li&gt;&lt;li&gt;&lt;b&gt;All users&lt;/b&gt; — everyone in the org, for example sales teams reading the data.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Specific profiles&lt;/b&gt; — only the profiles you pick.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Whatever you choose, include the person who signs in at step 3: NomeSync reads and writes the package&apos;s objects as that user. Installing takes a few seconds to a few minutes; Salesforce sends an email if it takes longer.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin-bottom:4px&apos;&gt;Die Installationsseite fragt, wer das Paket erhält:&lt;/p&gt;&lt;ul style=&apos;margin-top:0&apos;&gt;&lt;li&gt;&lt;b&gt;Nur Admins&lt;/b&gt; — nur Systemadministratoren können seine Objekte verwenden.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Alle Benutzer&lt;/b&gt; — alle in der Org, zum Beispiel Vertriebsteams, die die Daten lesen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bestimmte Profile&lt;/b&gt; — nur die Profile, die Sie auswählen.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Was Sie auch wählen: Schließen Sie die Person ein, die sich in Schritt 3 anmeldet – NomeSync liest und schreibt die Objekte des Pakets als dieser Benutzer. Die Installation dauert einige Sekunden bis einige Minuten; Salesforce sendet eine E-Mail, wenn es länger dauert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The package is installe&amp;d in this org</source>
        <translation>Das Paket ist in dieser Org &amp;installiert</translation>
    </message>
    <message>
        <source>NomeSync checks every object and field for real at step 3.</source>
        <translation>NomeSync prüft in Schritt 3 jedes Objekt und Feld tatsächlich.</translation>
    </message>
    <message>
        <source>No browser opened</source>
        <translation>Kein Browser geöffnet</translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer, install the package, then come back:
%1</source>
        <translation>Öffnen Sie diese Adresse in einem Browser auf diesem Computer, installieren Sie das Paket und kommen Sie dann zurück:
%1</translation>
    </message>
    <message>
        <source>&amp;Sandbox — the local NomeSync sandbox org (%1)</source>
        <translation>&amp;Sandbox — die lokale NomeSync-Sandbox-Org (%1)</translation>
    </message>
    <message>
        <source>Trying NomeSync with sandbox data</source>
        <translation>NomeSync mit Sandbox-Daten ausprobieren</translation>
    </message>
    <message>
        <source>Every step runs against the local Metronome and Salesforce servers that scripts/dev.sh started, with generated customers. Nothing leaves this computer, and no account is needed.</source>
        <translation>Jeder Schritt läuft gegen die lokalen Metronome- und Salesforce-Server, die scripts/dev.sh gestartet hat, mit generierten Kunden. Nichts verlässt diesen Computer, und es ist kein Konto nötig.</translation>
    </message>
    <message>
        <source>Choose your org first.</source>
        <translation>Wählen Sie zuerst Ihre Org.</translation>
    </message>
    <message>
        <source>Opens the package&apos;s install page on %1 in your browser.</source>
        <translation>Öffnet die Installationsseite des Pakets auf %1 in Ihrem Browser.</translation>
    </message>
</context>
<context>
    <name>SetupSalesforcePage</name>
    <message>
        <source>Link Salesforce</source>
        <translation>Salesforce verbinden</translation>
    </message>
    <message>
        <source>Sign in as the user NomeSync writes as. NomeSync then checks that every object and field of the package is in place and that this user can write them.</source>
        <translation>Melden Sie sich als der Benutzer an, als der NomeSync schreibt. NomeSync prüft dann, ob jedes Objekt und Feld des Pakets vorhanden ist und dieser Benutzer sie schreiben kann.</translation>
    </message>
    <message>
        <source>Consumer key of your connected app</source>
        <translation>Consumer Key Ihrer verbundenen App</translation>
    </message>
    <message>
        <source>&amp;Sign In with Salesforce…</source>
        <translation>Mit Salesforce &amp;anmelden…</translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation>Consumer &amp;Key:</translation>
    </message>
    <message>
        <source>Cancel Sign-In</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>No browser? Open this address in one:</source>
        <translation>Kein Browser? Öffnen Sie diese Adresse in einem:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Nur &amp;Probleme anzeigen</translation>
    </message>
    <message>
        <source>C&amp;heck Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>What the org has of the package:</source>
        <translation>Was die Org vom Paket hat:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>&amp;Sign In Again…</source>
        <translation>Erneut &amp;anmelden…</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there and click Allow; NomeSync continues by itself.</source>
        <translation>Warten auf den Browser… Melden Sie sich dort an und klicken Sie auf „Zulassen“; NomeSync macht von selbst weiter.</translation>
    </message>
    <message>
        <source>Waiting for the browser… No browser opened, so open the address below in one, sign in and click Allow.</source>
        <translation>Warten auf den Browser… Es wurde kein Browser geöffnet; öffnen Sie daher die Adresse unten in einem, melden Sie sich an und klicken Sie auf „Zulassen“.</translation>
    </message>
    <message>
        <source>Checking the org: the package&apos;s objects, fields and access…</source>
        <translation>Die Org wird geprüft: Objekte, Felder und Zugriff des Pakets…</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>Angemeldet als &lt;b&gt;%1&lt;/b&gt;%2</translation>
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
        <translation> · API-Version %1</translation>
    </message>
    <message>
        <source>Package found: &lt;b&gt;%1&lt;/b&gt; %2 — NomeSync syncs with its profile, %3.</source>
        <translation>Paket gefunden: &lt;b&gt;%1&lt;/b&gt; %2 — NomeSync synchronisiert mit seinem Profil, %3.</translation>
    </message>
    <message>
        <source>Package: &lt;b&gt;%1&lt;/b&gt; %2 (profile %3).</source>
        <translation>Paket: &lt;b&gt;%1&lt;/b&gt; %2 (Profil %3).</translation>
    </message>
    <message>
        <source>Salesforce is ready</source>
        <translation>Salesforce ist bereit</translation>
    </message>
    <message>
        <source>Every object and field of the package is in place, with external IDs, and this user can create and edit them. The sign-in is in the system keychain.</source>
        <translation>Jedes Objekt und Feld des Pakets ist vorhanden, mit externen IDs, und dieser Benutzer kann sie anlegen und bearbeiten. Die Anmeldung liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The Metronome package is not in this org</source>
        <translation>Das Metronome-Paket ist nicht in dieser Org</translation>
    </message>
    <message>
        <source>This user sees none of the package&apos;s objects. Install the package (step 1) in this org, for all users or for this user&apos;s profile, then click Check Again.</source>
        <translation>Dieser Benutzer sieht keines der Objekte des Pakets. Installieren Sie das Paket (Schritt 1) in dieser Org, für alle Benutzer oder für das Profil dieses Benutzers, und klicken Sie dann auf „Erneut prüfen“.</translation>
    </message>
    <message numerus="yes">
        <source>The org is missing %n part(s) of the package</source>
        <translation>
            <numerusform>Der Org fehlt %n Teil des Pakets</numerusform>
            <numerusform>Der Org fehlen %n Teile des Pakets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Install or upgrade the Metronome package (step 1) so it has every field, and give this user access to it, then click Check Again. NomeSync cannot sync until the list is green.</source>
        <translation>%1

Installieren oder aktualisieren Sie das Metronome-Paket (Schritt 1), damit es jedes Feld hat, geben Sie diesem Benutzer Zugriff darauf und klicken Sie dann auf „Erneut prüfen“. NomeSync kann erst synchronisieren, wenn die Liste grün ist.</translation>
    </message>
    <message>
        <source>Signed in, but the keychain could not store the sign-in</source>
        <translation>Angemeldet, aber der Schlüsselbund konnte die Anmeldung nicht speichern</translation>
    </message>
    <message>
        <source>%1

Then sign in again.</source>
        <translation>%1

Melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Signing in to Salesforce did not work</source>
        <translation>Die Anmeldung bei Salesforce hat nicht funktioniert</translation>
    </message>
    <message>
        <source>%1

Check the org kind in step 1 and the consumer key, then sign in again.</source>
        <translation>%1

Prüfen Sie die Org-Art in Schritt 1 und den Consumer Key und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Linked to Salesforce</source>
        <translation>Mit Salesforce verbunden</translation>
    </message>
    <message>
        <source>The workspace keeps its sign-in. Sign in again to link another user or org, or to check the package again.</source>
        <translation>Der Arbeitsbereich behält seine Anmeldung. Melden Sie sich erneut an, um einen anderen Benutzer oder eine andere Org zu verbinden oder das Paket erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>The org or consumer key changed, so NomeSync needs a new sign-in.</source>
        <translation>Die Org oder der Consumer Key hat sich geändert, daher braucht NomeSync eine neue Anmeldung.</translation>
    </message>
</context>
<context>
    <name>SetupStepList</name>
    <message>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
</context>
<context>
    <name>SetupSyncPage</name>
    <message>
        <source>Choose what to sync</source>
        <translation>Festlegen, was synchronisiert wird</translation>
    </message>
    <message>
        <source>You can change all of this later by running the setup again on this workspace.</source>
        <translation>Sie können all das später ändern, indem Sie die Einrichtung für diesen Arbeitsbereich erneut ausführen.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Link a customer to a Salesforce account in Metronome (customer ▸ Settings ▸ Linked Accounts) or on the Customers page.</source>
        <translation>Verknüpfen Sie einen Kunden mit einem Salesforce-Account in Metronome (Kunde ▸ Settings ▸ Linked Accounts) oder auf der Seite „Kunden“.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>&amp;Daily at</source>
        <translation>&amp;Täglich um</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Salesforce objects</source>
        <translation>Salesforce-Objekte</translation>
    </message>
    <message>
        <source>Chec&amp;k All</source>
        <translation>Alle &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Complete Setup</source>
        <translation>Einrichtung &amp;abschließen</translation>
    </message>
    <message>
        <source>&amp;All customers (%1)</source>
        <translation>&amp;Alle Kunden (%1)</translation>
    </message>
    <message>
        <source>Only customers &amp;linked to a Salesforce account (%1)</source>
        <translation>Nur mit einem Salesforce-Account &amp;verknüpfte Kunden (%1)</translation>
    </message>
    <message>
        <source>&amp;All customers</source>
        <translation>&amp;Alle Kunden</translation>
    </message>
    <message>
        <source>Only customers &amp;linked to a Salesforce account</source>
        <translation>Nur mit einem Salesforce-Account &amp;verknüpfte Kunden</translation>
    </message>
    <message>
        <source>Choose at least one object.</source>
        <translation>Wählen Sie mindestens ein Objekt.</translation>
    </message>
    <message>
        <source>All %1 objects of the package.</source>
        <translation>Alle %1 Objekte des Pakets.</translation>
    </message>
    <message>
        <source>%1 of %2 objects. Children of an unchecked object still find their parent by its external ID.</source>
        <translation>%1 von %2 Objekten. Untergeordnete Datensätze eines nicht markierten Objekts finden ihren übergeordneten Datensatz weiterhin über seine externe ID.</translation>
    </message>
    <message>
        <source>%1. Next scheduled sync: %2 UTC.</source>
        <translation>%1. Nächste geplante Synchronisierung: %2 UTC.</translation>
    </message>
    <message>
        <source>%1. The first sync starts right after setup; the next scheduled one is %2 UTC.</source>
        <translation>%1. Die erste Synchronisierung beginnt direkt nach der Einrichtung; die nächste geplante ist %2 UTC.</translation>
    </message>
    <message>
        <source>%1 linked customers</source>
        <translation>%1 verknüpfte Kunden</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <source>the linked customers</source>
        <translation>die verknüpften Kunden</translation>
    </message>
    <message>
        <source>every customer</source>
        <translation>jeden Kunden</translation>
    </message>
    <message>
        <source>1 object</source>
        <translation>1 Objekt</translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation>%1 Objekte</translation>
    </message>
    <message>
        <source>the signed-in user</source>
        <translation>den angemeldeten Benutzer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Save changes&lt;/b&gt; updates workspace &lt;b&gt;%1&lt;/b&gt; (%2): it syncs %3 into %4 as %5.</source>
        <translation>&lt;b&gt;Änderungen speichern&lt;/b&gt; aktualisiert den Arbeitsbereich &lt;b&gt;%1&lt;/b&gt; (%2): Er synchronisiert %3 in %4 als %5.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Complete setup&lt;/b&gt; creates workspace &lt;b&gt;%1&lt;/b&gt; (%2) and starts its first sync in the background: %3 into %4 as %5.</source>
        <translation>&lt;b&gt;Einrichtung abschließen&lt;/b&gt; legt den Arbeitsbereich &lt;b&gt;%1&lt;/b&gt; (%2) an und startet seine erste Synchronisierung im Hintergrund: %3 in %4 als %5.</translation>
    </message>
    <message>
        <source>Then: %1.</source>
        <translation>Danach: %1.</translation>
    </message>
    <message>
        <source>The workspace could not be saved</source>
        <translation>Der Arbeitsbereich konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. Fix the problem, then try again, or go back to the step it names.</source>
        <translation>%1

Es wurde nichts geändert. Beheben Sie das Problem und versuchen Sie es erneut, oder gehen Sie zurück zu dem genannten Schritt.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Edit Workspace “%1” — NomeSync</source>
        <translation>Arbeitsbereich „%1“ bearbeiten — NomeSync</translation>
    </message>
    <message>
        <source>Try NomeSync with Sandbox Data</source>
        <translation>NomeSync mit Sandbox-Daten ausprobieren</translation>
    </message>
    <message>
        <source>Set Up a Workspace — NomeSync</source>
        <translation>Arbeitsbereich einrichten — NomeSync</translation>
    </message>
    <message>
        <source>Install the package</source>
        <translation>Paket installieren</translation>
    </message>
    <message>
        <source>Set up the workspace</source>
        <translation>Arbeitsbereich einrichten</translation>
    </message>
    <message>
        <source>Link Salesforce</source>
        <translation>Salesforce verbinden</translation>
    </message>
    <message>
        <source>Choose what to sync</source>
        <translation>Festlegen, was synchronisiert wird</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SetupWizardController</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Sandbox demo</source>
        <translation>Sandbox-Demo</translation>
    </message>
    <message>
        <source>Sandbox demo %1</source>
        <translation>Sandbox-Demo %1</translation>
    </message>
    <message>
        <source>That workspace no longer exists.</source>
        <translation>Dieser Arbeitsbereich existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Enter your My Domain, for example acme or https://acme.my.salesforce.com.</source>
        <translation>Geben Sie Ihre My Domain ein, zum Beispiel acme oder https://acme.my.salesforce.com.</translation>
    </message>
    <message>
        <source>Enter the Metronome API address (normally %1).</source>
        <translation>Geben Sie die Adresse der Metronome-API ein (normalerweise %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Use the form %2.</source>
        <translation>„%1“ ist keine Webadresse. Verwenden Sie die Form %2.</translation>
    </message>
    <message>
        <source>%1 customers (%2 linked to Salesforce), %3 billable metrics</source>
        <translation>%1 Kunden (%2 mit Salesforce verknüpft), %3 abrechenbare Metriken</translation>
    </message>
</context>
<context>
    <name>SetupWorkspacePage</name>
    <message>
        <source>Set up the workspace</source>
        <translation>Arbeitsbereich einrichten</translation>
    </message>
    <message>
        <source>A workspace pairs one Metronome environment with one Salesforce org. Repeat the setup for every environment you sync, such as Staging and Production.</source>
        <translation>Ein Arbeitsbereich verbindet eine Metronome-Umgebung mit einer Salesforce-Org. Wiederholen Sie die Einrichtung für jede Umgebung, die Sie synchronisieren, etwa Staging und Produktion.</translation>
    </message>
    <message>
        <source>for example Acme Billing — Production</source>
        <translation>zum Beispiel Acme Billing — Produktion</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
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
        <translation>Die Metronome-Umgebung, die dieser Arbeitsbereich liest. Geben Sie einen eigenen Namen ein, wenn keiner davon passt.</translation>
    </message>
    <message>
        <source>Paste the API token</source>
        <translation>API-Token einfügen</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Keep Stored Token</source>
        <translation>Gespeicherten Token behalten</translation>
    </message>
    <message>
        <source>Stored in the system keychain — it is never shown again.</source>
        <translation>Im Schlüsselbund des Systems gespeichert — er wird nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>Create one in Metronome under Connections ▸ API tokens. NomeSync keeps it in the system keychain only.</source>
        <translation>Erstellen Sie einen in Metronome unter Connections ▸ API tokens. NomeSync bewahrt ihn nur im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>Workspace na&amp;me:</source>
        <translation>&amp;Name des Arbeitsbereichs:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Metronome &amp;API URL:</source>
        <translation>Metronome-&amp;API-URL:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>Checking the token… %1 customers counted so far</source>
        <translation>Token wird geprüft… bisher %1 Kunden gezählt</translation>
    </message>
    <message>
        <source>Checking the token with Metronome…</source>
        <translation>Token wird bei Metronome geprüft…</translation>
    </message>
    <message>
        <source>Metronome accepted the token, but the keychain could not store it</source>
        <translation>Metronome hat den Token akzeptiert, aber der Schlüsselbund konnte ihn nicht speichern</translation>
    </message>
    <message>
        <source>%1

NomeSync never keeps tokens anywhere else. Then click Verify again.</source>
        <translation>%1

NomeSync bewahrt Token nie an einem anderen Ort auf. Klicken Sie dann erneut auf „Prüfen“.</translation>
    </message>
    <message>
        <source>Metronome did not accept the token</source>
        <translation>Metronome hat den Token nicht akzeptiert</translation>
    </message>
    <message>
        <source>%1

Check that the API URL is right for this environment and that the token is current (copy it again from Metronome), then click Verify.</source>
        <translation>%1

Prüfen Sie, ob die API-URL für diese Umgebung stimmt und der Token aktuell ist (kopieren Sie ihn erneut aus Metronome), und klicken Sie dann auf „Prüfen“.</translation>
    </message>
    <message>
        <source>Connected to Metronome</source>
        <translation>Mit Metronome verbunden</translation>
    </message>
    <message>
        <source>Found %1. The token is now in the system keychain.</source>
        <translation>%1 gefunden. Der Token liegt jetzt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The workspace&apos;s token is in the system keychain. Click Replace to use another one.</source>
        <translation>Der Token des Arbeitsbereichs liegt im Schlüsselbund des Systems. Klicken Sie auf „Ersetzen“, um einen anderen zu verwenden.</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <source>Monthly spend</source>
        <translation>Monatliche Ausgaben</translation>
    </message>
    <message>
        <source>Monthly spend chart</source>
        <translation>Diagramm der monatlichen Ausgaben</translation>
    </message>
    <message>
        <source>Include commit &amp;purchases</source>
        <translation>Commit-&amp;Käufe einbeziehen</translation>
    </message>
    <message>
        <source>Every invoice of this customer is void: no spend.</source>
        <translation>Jede Rechnung dieses Kunden ist storniert: keine Ausgaben.</translation>
    </message>
    <message>
        <source>No invoices: nothing has been billed.</source>
        <translation>Keine Rechnungen: Es wurde nichts abgerechnet.</translation>
    </message>
    <message>
        <source>Usage invoices</source>
        <translation>Nutzungsrechnungen</translation>
    </message>
    <message>
        <source>Commit purchases and other invoices</source>
        <translation>Commit-Käufe und andere Rechnungen</translation>
    </message>
    <message>
        <source>Current month (draft)</source>
        <translation>Aktueller Monat (Entwurf)</translation>
    </message>
    <message>
        <source>Usage charges before commits and credits</source>
        <translation>Nutzungsgebühren vor Commits und Guthaben</translation>
    </message>
    <message>
        <source>Billing period starts, %1</source>
        <translation>Beginn des Abrechnungszeitraums, %1</translation>
    </message>
    <message>
        <source>Billing period starts, %1 – %2</source>
        <translation>Beginn des Abrechnungszeitraums, %1 – %2</translation>
    </message>
    <message>
        <source>Invoice totals (%1)</source>
        <translation>Rechnungssummen (%1)</translation>
    </message>
    <message>
        <source>Current draft: %1.</source>
        <translation>Aktueller Entwurf: %1.</translation>
    </message>
    <message>
        <source>Commit purchases of %1 not drawn (Include commit purchases shows them).</source>
        <translation>Commit-Käufe über %1 nicht dargestellt („Commit-Käufe einbeziehen“ zeigt sie).</translation>
    </message>
    <message numerus="yes">
        <source>%n void invoice(s) left out.</source>
        <translation>
            <numerusform>%n stornierte Rechnung ausgelassen.</numerusform>
            <numerusform>%n stornierte Rechnungen ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) in other units left out (see Invoices).</source>
        <translation>
            <numerusform>%n Rechnung in anderen Einheiten ausgelassen (siehe Rechnungen).</numerusform>
            <numerusform>%n Rechnungen in anderen Einheiten ausgelassen (siehe Rechnungen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionReviewDialog</name>
    <message>
        <source>Review Suggested Link</source>
        <translation>Vorgeschlagene Verknüpfung prüfen</translation>
    </message>
    <message>
        <source>Metronome customer (orphan)</source>
        <translation>Metronome-Kunde (verwaist)</translation>
    </message>
    <message>
        <source>Suggested Salesforce account</source>
        <translation>Vorgeschlagener Salesforce-Account</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriger</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Überspringen</translation>
    </message>
    <message>
        <source>&amp;Link to This Account</source>
        <translation>Mit diesem Account &amp;verknüpfen</translation>
    </message>
    <message>
        <source>Suggestion %1 of %2</source>
        <translation>Vorschlag %1 von %2</translation>
    </message>
    <message>
        <source>Metronome ID: %1</source>
        <translation>Metronome-ID: %1</translation>
    </message>
    <message>
        <source>Ingest aliases: %1</source>
        <translation>Ingest-Aliasse: %1</translation>
    </message>
    <message>
        <source>This month: %1</source>
        <translation>Dieser Monat: %1</translation>
    </message>
    <message>
        <source>no spend</source>
        <translation>keine Ausgaben</translation>
    </message>
    <message>
        <source>Account ID: %1</source>
        <translation>Account-ID: %1</translation>
    </message>
    <message>
        <source>Why: the account already carries this customer&apos;s Metronome ID.</source>
        <translation>Warum: Der Account trägt bereits die Metronome-ID dieses Kunden.</translation>
    </message>
    <message>
        <source>Why: the names match %1% once case, punctuation, accents and legal suffixes (Inc, GmbH, Ltd…) are set aside.</source>
        <translation>Warum: Die Namen stimmen zu %1 % überein, wenn Groß-/Kleinschreibung, Satzzeichen, Akzente und Rechtsformzusätze (Inc, GmbH, Ltd…) außer Acht bleiben.</translation>
    </message>
    <message>
        <source>Linking writes the account to Metronome and moves the customer&apos;s records in Salesforce to it at once.</source>
        <translation>Das Verknüpfen schreibt den Account nach Metronome und hängt die Datensätze des Kunden in Salesforce sofort an ihn um.</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation>Wird verknüpft…</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Completed with errors</source>
        <translation>Mit Fehlern abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Sync &amp;Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Full Sync</source>
        <translation>&amp;Vollständige Synchronisierung</translation>
    </message>
    <message>
        <source>Send every row again, changed or not</source>
        <translation>Jede Zeile erneut senden, ob geändert oder nicht</translation>
    </message>
    <message>
        <source>Only &amp;These Objects…</source>
        <translation>Nur &amp;diese Objekte…</translation>
    </message>
    <message>
        <source>Sync the changed rows of the objects you pick</source>
        <translation>Die geänderten Zeilen der gewählten Objekte synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>Synchronisierung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop the running sync; rows already written stay in Salesforce</source>
        <translation>Die laufende Synchronisierung anhalten; bereits geschriebene Zeilen bleiben in Salesforce</translation>
    </message>
    <message>
        <source>Send what changed since the last sync (F5)</source>
        <translation>Senden, was sich seit der letzten Synchronisierung geändert hat (F5)</translation>
    </message>
    <message>
        <source>Stop the running sync (Esc)</source>
        <translation>Die laufende Synchronisierung anhalten (Esc)</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>preparing</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>reading Metronome</source>
        <translation>Metronome wird gelesen</translation>
    </message>
    <message>
        <source>writing Salesforce</source>
        <translation>Salesforce wird geschrieben</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Runs one sync of a workspace. Secrets come from the keychain; on a server without one, set %1 (and %2) in the environment - never on the command line.</source>
        <translation>Führt eine Synchronisierung eines Arbeitsbereichs aus. Geheimnisse kommen aus dem Schlüsselbund; auf einem Server ohne Schlüsselbund setzen Sie %1 (und %2) in der Umgebung – nie auf der Befehlszeile.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The workspace (name or id).</source>
        <translation>Der Arbeitsbereich (Name oder ID).</translation>
    </message>
    <message>
        <source>Sync every workspace in turn (with --scheduled: those whose schedule is not off).</source>
        <translation>Alle Arbeitsbereiche nacheinander synchronisieren (mit --scheduled: die, deren Zeitplan nicht ausgeschaltet ist).</translation>
    </message>
    <message>
        <source>Use workspaces in &lt;dir&gt;.</source>
        <translation>Arbeitsbereiche in &lt;dir&gt; verwenden.</translation>
    </message>
    <message>
        <source>Send every row, not only what changed.</source>
        <translation>Jede Zeile senden, nicht nur Geändertes.</translation>
    </message>
    <message>
        <source>Only these Salesforce objects (comma-separated API names).</source>
        <translation>Nur diese Salesforce-Objekte (API-Namen, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Send only the rows that failed in run &lt;run&gt;.</source>
        <translation>Nur die Zeilen senden, die in Lauf &lt;run&gt; fehlgeschlagen sind.</translation>
    </message>
    <message>
        <source>Record the run as scheduled (used by the systemd timer).</source>
        <translation>Den Lauf als geplant erfassen (vom systemd-Timer verwendet).</translation>
    </message>
    <message>
        <source>Read and compare, but write nothing to Salesforce: report what would be sent.</source>
        <translation>Lesen und vergleichen, aber nichts nach Salesforce schreiben: melden, was gesendet würde.</translation>
    </message>
    <message>
        <source>With --dry-run: write the rows that would be sent to &lt;dir&gt; (JSON Lines per object).</source>
        <translation>Mit --dry-run: die Zeilen, die gesendet würden, nach &lt;dir&gt; schreiben (JSON Lines pro Objekt).</translation>
    </message>
    <message>
        <source>Print only the summary.</source>
        <translation>Nur die Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <source>Write run statistics as JSON to &lt;file&gt;: wall time, peak memory, the worst stall of the event loop that drives the sync, call counts (for benchmarks and monitoring).</source>
        <translation>Laufstatistik als JSON nach &lt;file&gt; schreiben: Laufzeit, Spitzenspeicher, längste Blockade der Ereignisschleife, die die Synchronisierung antreibt, Aufrufzahlen (für Benchmarks und Überwachung).</translation>
    </message>
    <message>
        <source>--all does not go with --workspace or --retry-failed.</source>
        <translation>--all passt nicht zu --workspace oder --retry-failed.</translation>
    </message>
    <message>
        <source>Choose a workspace with --workspace NAME.</source>
        <translation>Wählen Sie einen Arbeitsbereich mit --workspace NAME.</translation>
    </message>
    <message>
        <source>No workspace called &quot;%1&quot;.</source>
        <translation>Kein Arbeitsbereich namens „%1“.</translation>
    </message>
    <message>
        <source>--retry-failed needs a run number.</source>
        <translation>--retry-failed braucht eine Laufnummer.</translation>
    </message>
    <message>
        <source>--export only goes with --dry-run.</source>
        <translation>--export geht nur mit --dry-run.</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <source>Run %1 of workspace &quot;%2&quot; started.</source>
        <translation>Lauf %1 von Arbeitsbereich „%2“ gestartet.</translation>
    </message>
    <message>
        <source>Run %1: %2. %3</source>
        <translation>Lauf %1: %2. %3</translation>
    </message>
    <message>
        <source>Failed rows: nomesync errors %1 --workspace &quot;%2&quot; --csv failures.csv</source>
        <translation>Fehlgeschlagene Zeilen: nomesync errors %1 --workspace &quot;%2&quot; --csv failures.csv</translation>
    </message>
    <message>
        <source>There is no workspace to sync.</source>
        <translation>Es gibt keinen Arbeitsbereich zum Synchronisieren.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot;: its schedule is off, skipped.</source>
        <translation>Arbeitsbereich „%1“: Zeitplan ausgeschaltet, übersprungen.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot;:</source>
        <translation>Arbeitsbereich „%1“:</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>A sync is already running in this window.</source>
        <translation>In diesem Fenster läuft bereits eine Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The package has no object called %1.</source>
        <translation>Das Paket hat kein Objekt namens %1.</translation>
    </message>
    <message>
        <source>Run %1 had no failed rows to retry.</source>
        <translation>Lauf %1 hatte keine fehlgeschlagenen Zeilen zum Wiederholen.</translation>
    </message>
    <message>
        <source>Checking the Salesforce org</source>
        <translation>Die Salesforce-Org wird geprüft</translation>
    </message>
    <message>
        <source>Reading Metronome</source>
        <translation>Metronome wird gelesen</translation>
    </message>
    <message>
        <source>Could not stage rows in the workspace database: %1</source>
        <translation>Zeilen konnten nicht in der Datenbank des Arbeitsbereichs bereitgestellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Dry run: %1 rows would be sent; nothing was written to Salesforce.</source>
        <translation>Probelauf: %1 Zeilen würden gesendet; nichts wurde nach Salesforce geschrieben.</translation>
    </message>
    <message>
        <source>Writing to Salesforce</source>
        <translation>Schreiben nach Salesforce</translation>
    </message>
    <message>
        <source>%1 rows written to Salesforce; %2 failed, %3 skipped because their parent failed.</source>
        <translation>%1 Zeilen nach Salesforce geschrieben; %2 fehlgeschlagen, %3 übersprungen, weil ihr übergeordneter Datensatz fehlschlug.</translation>
    </message>
    <message>
        <source>Nothing changed since the last sync.</source>
        <translation>Seit der letzten Synchronisierung hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>%1 rows written to Salesforce.</source>
        <translation>%1 Zeilen nach Salesforce geschrieben.</translation>
    </message>
    <message>
        <source>Not sent because its parent %1 %2 failed in this run.</source>
        <translation>Nicht gesendet, weil der übergeordnete Datensatz %1 %2 in diesem Lauf fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Salesforce returned no result for this row.</source>
        <translation>Salesforce hat für diese Zeile kein Ergebnis geliefert.</translation>
    </message>
    <message>
        <source>Could not record the results in the workspace database: %1</source>
        <translation>Die Ergebnisse konnten nicht in der Datenbank des Arbeitsbereichs erfasst werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>Cancelled. Rows already written stay in Salesforce; the next sync sends the rest.</source>
        <translation>Abgebrochen. Bereits geschriebene Zeilen bleiben in Salesforce; die nächste Synchronisierung sendet den Rest.</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>The sync could not connect its Metronome and Salesforce clients.</source>
        <translation>Die Synchronisierung konnte ihre Metronome- und Salesforce-Clients nicht verbinden.</translation>
    </message>
</context>
<context>
    <name>SyncsPage</name>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Show F&amp;ailures</source>
        <translation>&amp;Fehler anzeigen</translation>
    </message>
    <message>
        <source>&amp;Download CSV</source>
        <translation>CSV &amp;herunterladen</translation>
    </message>
    <message>
        <source>Up to %1 failures of the selected object, as a CSV file</source>
        <translation>Bis zu %1 Fehler des gewählten Objekts als CSV-Datei</translation>
    </message>
    <message>
        <source>Re&amp;try Failed Rows</source>
        <translation>Fehlgeschlagene Zeilen &amp;wiederholen</translation>
    </message>
    <message>
        <source>Send this run&apos;s failed and skipped rows again, in a new run linked to this one</source>
        <translation>Die fehlgeschlagenen und übersprungenen Zeilen dieses Laufs erneut senden, in einem neuen, mit diesem verbundenen Lauf</translation>
    </message>
    <message>
        <source>Retry Only the Selected Object</source>
        <translation>Nur das gewählte Objekt wiederholen</translation>
    </message>
    <message>
        <source>Select a run to see its objects: attempted (rows that changed since the last sync), succeeded, failed and skipped.</source>
        <translation>Wählen Sie einen Lauf, um seine Objekte zu sehen: versucht (seit der letzten Synchronisierung geänderte Zeilen), erfolgreich, fehlgeschlagen und übersprungen.</translation>
    </message>
    <message>
        <source>Run #%1 · %2 · %3</source>
        <translation>Lauf #%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Begonnen %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>retry of #%1</source>
        <translation>Wiederholung von #%1</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>%1 Metronome calls, %2 Salesforce calls</source>
        <translation>%1 Metronome-Aufrufe, %2 Salesforce-Aufrufe</translation>
    </message>
    <message>
        <source>Writing to Salesforce: %1 of %2 rows</source>
        <translation>Schreiben nach Salesforce: %1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>Retry Only %1</source>
        <translation>Nur %1 wiederholen</translation>
    </message>
    <message>
        <source>Completed (%1)</source>
        <translation>Abgeschlossen (%1)</translation>
    </message>
    <message>
        <source>Incomplete (%1)</source>
        <translation>Unvollständig (%1)</translation>
    </message>
</context>
<context>
    <name>SystemdUserTimer</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Every workspace now syncs daily at 07:00 UTC, also while NomeSync is closed.</source>
        <translation>Jeder Arbeitsbereich wird jetzt täglich um 07:00 UTC synchronisiert, auch wenn NomeSync geschlossen ist.</translation>
    </message>
    <message>
        <source>The daily background sync is off. NomeSync still syncs on schedule while it is open.</source>
        <translation>Die tägliche Hintergrundsynchronisierung ist aus. NomeSync synchronisiert weiterhin nach Zeitplan, solange es geöffnet ist.</translation>
    </message>
    <message>
        <source>systemctl could not be started (%1). The daily background sync needs systemd; without it, keep NomeSync open or run &quot;nomesync sync --all --scheduled&quot; from cron.</source>
        <translation>systemctl konnte nicht gestartet werden (%1). Die tägliche Hintergrundsynchronisierung braucht systemd; ohne systemd lassen Sie NomeSync geöffnet oder führen „nomesync sync --all --scheduled“ per cron aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2</source>
        <extracomment>%1 is a command such as &quot;systemctl --user enable --now nomesync-sync.timer&quot;, %2 its error output.</extracomment>
        <translation>„%1“ ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Bevorstehend</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Tarifplan: %1</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Unbefristet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Exclusive: the contract covers time before this moment (UTC).</source>
        <translation>Exklusiv: Der Vertrag deckt die Zeit vor diesem Moment ab (UTC).</translation>
    </message>
    <message>
        <source>Legacy plans have no usage statement schedule.</source>
        <translation>Alte Tarifpläne haben keinen Zeitplan für Nutzungsabrechnungen.</translation>
    </message>
    <message>
        <source>A legacy plan (plans era)</source>
        <translation>Ein alter Tarifplan (aus der Plan-Ära)</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Vertrag %1</translation>
    </message>
    <message>
        <source>Contract or plan</source>
        <translation>Vertrag oder Tarifplan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rate card</source>
        <translation>Preisliste</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginnt</translation>
    </message>
    <message>
        <source>Ends before</source>
        <translation>Endet vor</translation>
    </message>
    <message>
        <source>Usage statements</source>
        <translation>Nutzungsabrechnungen</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>Vertragswert</translation>
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
        <translation>NomeSync &amp;anzeigen</translation>
    </message>
    <message>
        <source>Scheduled sync of %1 failed</source>
        <translation>Geplante Synchronisierung von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Scheduled sync of %1 finished with errors</source>
        <translation>Geplante Synchronisierung von %1 mit Fehlern beendet</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>Die Adresse „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>NomeSync only connects over HTTPS (plain HTTP is allowed for this computer only). Change &quot;%1&quot; to an https:// address.</source>
        <translation>NomeSync verbindet sich nur über HTTPS (reines HTTP ist nur für diesen Computer erlaubt). Ändern Sie „%1“ in eine https://-Adresse.</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Daily usage</source>
        <translation>Tägliche Nutzung</translation>
    </message>
    <message>
        <source>Daily usage chart</source>
        <translation>Diagramm der täglichen Nutzung</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <source>No usage in the days the workspace keeps.</source>
        <translation>Keine Nutzung an den Tagen, die der Arbeitsbereich vorhält.</translation>
    </message>
    <message>
        <source>&amp;Split by %1</source>
        <translation>Nach %1 &amp;aufteilen</translation>
    </message>
    <message>
        <source>No %1 usage in the days the workspace keeps.</source>
        <translation>Keine Nutzung von %1 an den Tagen, die der Arbeitsbereich vorhält.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Alle %1</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>%1 days, %2 in all; %3 so far this month. %4 of %5 usage records as synced.</source>
        <translation>%1 Tage, %2 insgesamt; %3 bisher in diesem Monat. %4 von %5 Nutzungsdatensätzen wie synchronisiert.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDatabase</name>
    <message>
        <source>Could not open the workspace database %1: %2</source>
        <translation>Die Datenbank des Arbeitsbereichs %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
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
        <translation>Arbeitsbereich „%1“, Umgebung %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceRegistry</name>
    <message>
        <source>Give the workspace a name, for example &quot;Production&quot;.</source>
        <translation>Geben Sie dem Arbeitsbereich einen Namen, zum Beispiel „Produktion“.</translation>
    </message>
    <message>
        <source>Keep the workspace name under 80 characters.</source>
        <translation>Der Name des Arbeitsbereichs muss kürzer als 80 Zeichen sein.</translation>
    </message>
    <message>
        <source>The workspace name cannot contain control characters.</source>
        <translation>Der Name des Arbeitsbereichs darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A workspace called &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Ein Arbeitsbereich namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>A workspace with the id %1 already exists.</source>
        <translation>Ein Arbeitsbereich mit der ID %1 existiert bereits.</translation>
    </message>
    <message>
        <source>That workspace no longer exists.</source>
        <translation>Dieser Arbeitsbereich existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>WorkspaceSecrets</name>
    <message>
        <source>No keychain is available to read the Salesforce sign-in from.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, aus dem die Salesforce-Anmeldung gelesen werden kann.</translation>
    </message>
    <message>
        <source>Cannot read the Salesforce sign-in from the keychain: %1</source>
        <translation>Die Salesforce-Anmeldung kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>No keychain is available to read the Metronome API token from.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, aus dem der Metronome-API-Token gelesen werden kann.</translation>
    </message>
    <message>
        <source>Cannot read the Metronome API token from the keychain: %1</source>
        <translation>Der Metronome-API-Token kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <source>Sync arrives with the Metronome and Salesforce clients</source>
        <translation>Die Synchronisierung kommt mit den Metronome- und Salesforce-Clients</translation>
    </message>
    <message>
        <source>A sync of %1 is already running (run %2). Wait for it to finish or cancel it.</source>
        <translation>Eine Synchronisierung von %1 läuft bereits (Lauf %2). Warten Sie, bis sie endet, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>A sync of %1 is already starting.</source>
        <translation>Eine Synchronisierung von %1 startet bereits.</translation>
    </message>
    <message>
        <source>Read by the last sync</source>
        <translation>Von der letzten Synchronisierung gelesen</translation>
    </message>
</context>
<context>
    <name>WorkspaceSetup</name>
    <message>
        <source>Sign in to Salesforce first.</source>
        <translation>Melden Sie sich zuerst bei Salesforce an.</translation>
    </message>
    <message>
        <source>Salesforce did not grant a refresh token. Ask your admin to allow the &quot;refresh_token&quot; scope for the connected app.</source>
        <translation>Salesforce hat kein Refresh-Token gewährt. Bitten Sie Ihren Admin, den Scope „refresh_token“ für die verbundene App zu erlauben.</translation>
    </message>
    <message>
        <source>Verify the Metronome token and sign in to Salesforce first.</source>
        <translation>Prüfen Sie zuerst den Metronome-Token und melden Sie sich bei Salesforce an.</translation>
    </message>
    <message>
        <source>The Salesforce org is missing parts of the Metronome package (see the checklist).</source>
        <translation>Der Salesforce-Org fehlen Teile des Metronome-Pakets (siehe Checkliste).</translation>
    </message>
    <message>
        <source>%1 (%2): Metronome %3, Salesforce %4 as %5</source>
        <translation>%1 (%2): Metronome %3, Salesforce %4 als %5</translation>
    </message>
    <message>
        <source>%1 (%2): %3 scope, %4</source>
        <translation>%1 (%2): Umfang %3, %4</translation>
    </message>
    <message>
        <source>%1 (%2): %3 scope, %4%5%6</source>
        <translation>%1 (%2): Umfang %3, %4%5%6</translation>
    </message>
    <message>
        <source>, new Metronome token for %1</source>
        <translation>, neuer Metronome-Token für %1</translation>
    </message>
    <message>
        <source>, signed in again as %1</source>
        <translation>, erneut angemeldet als %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
</context>
</TS>
