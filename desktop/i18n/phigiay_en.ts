<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountView</name>
    <message>
        <location filename="../screens/account/view.py" line="51"/>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="72"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="75"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="76"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="77"/>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="78"/>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="79"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="80"/>
        <source>Agency:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="81"/>
        <source>Password changed:</source>
        <translation>Password changed:</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="91"/>
        <location filename="../screens/account/view.py" line="95"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="98"/>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="99"/>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="100"/>
        <source>Repeat new password:</source>
        <translation>Repeat new password:</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="108"/>
        <location filename="../screens/account/view.py" line="183"/>
        <source>Signature image</source>
        <translation>Signature image</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="109"/>
        <source>No signature image yet.</source>
        <translation>No signature image yet.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="114"/>
        <source>Upload PNG…</source>
        <translation>Upload PNG…</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="116"/>
        <source>A transparent PNG of your handwritten signature.</source>
        <translation>A transparent PNG of your handwritten signature.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="125"/>
        <source>Signing certificates</source>
        <translation>Signing certificates</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="128"/>
        <source>Add certificate…</source>
        <translation>Add certificate…</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="129"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="147"/>
        <source>Enter your current and new password.</source>
        <translation>Enter your current and new password.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="150"/>
        <source>The new passwords do not match.</source>
        <translation>The new passwords do not match.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="160"/>
        <source>Password changed. Your other sessions have been signed out.</source>
        <translation>Password changed. Your other sessions have been signed out.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="175"/>
        <source>The image cannot be shown.</source>
        <translation>The image cannot be shown.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="183"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="198"/>
        <source>Signature image saved.</source>
        <translation>Signature image saved.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="213"/>
        <source>{subject}
Issued by {issuer}; valid {start} – {end}</source>
        <translation>{subject}
Issued by {issuer}; valid {start} – {end}</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="221"/>
        <source>No certificate bound yet.</source>
        <translation>No certificate bound yet.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="226"/>
        <source>Signing certificate</source>
        <translation>Signing certificate</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="227"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="236"/>
        <source>Certificate added.</source>
        <translation>Certificate added.</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <location filename="../screens/admin/view.py" line="18"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../screens/admin/view.py" line="25"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../screens/admin/view.py" line="28"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="147"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="148"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="148"/>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="148"/>
        <source>Time allotted</source>
        <translation>Time allotted</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="150"/>
        <source>Title of the agenda item</source>
        <translation>Title of the agenda item</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="151"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="152"/>
        <source>Confidential (only members see it)</source>
        <translation>Confidential (only members see it)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="153"/>
        <source>May be adopted without discussion when nobody objects</source>
        <translation>May be adopted without discussion when nobody objects</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="154"/>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="155"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="156"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="157"/>
        <location filename="../screens/meetings/agenda_editor.py" line="270"/>
        <source>Remove item</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="158"/>
        <source>Document title (the file name if empty)</source>
        <translation>Document title (the file name if empty)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="159"/>
        <source>Why the document is replaced (shown to everyone)</source>
        <translation>Why the document is replaced (shown to everyone)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="160"/>
        <source>Attach a PDF…</source>
        <translation>Attach a PDF…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="161"/>
        <source>Replace the chosen document…</source>
        <translation>Replace the chosen document…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="174"/>
        <source>(no presenter)</source>
        <translation>(no presenter)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="182"/>
        <source>presented by %1</source>
        <translation>presented by %1</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="184"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="186"/>
        <source>confidential</source>
        <translation>confidential</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/meetings/agenda_editor.py" line="189"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/meetings/agenda_editor.py" line="233"/>
        <source>(%n document(s) replaced; the history is kept)</source>
        <translation>
            <numerusform>(%n document(s) replaced; the history is kept)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="257"/>
        <source>Item added.</source>
        <translation>Item added.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="267"/>
        <source>Agenda order saved.</source>
        <translation>Agenda order saved.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="278"/>
        <source>Remove “%1” from the agenda?</source>
        <translation>Remove “%1” from the agenda?</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="280"/>
        <source>The participants were invited and will be told.</source>
        <translation>The participants were invited and will be told.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="284"/>
        <source>Item removed from the agenda.</source>
        <translation>Item removed from the agenda.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="287"/>
        <source>Choose a PDF</source>
        <translation>Choose a PDF</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="305"/>
        <source>Document attached.</source>
        <translation>Document attached.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="316"/>
        <source>Write why the document is replaced first.</source>
        <translation>Write why the document is replaced first.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="330"/>
        <source>Document replaced; everyone was alerted.</source>
        <translation>Document replaced; everyone was alerted.</translation>
    </message>
</context>
<context>
    <name>ArchiveLabels</name>
    <message>
        <location filename="../archivelabels.py" line="14"/>
        <source>Dossier opened</source>
        <translation>Dossier opened</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="15"/>
        <source>Document filed</source>
        <translation>Document filed</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="16"/>
        <source>Document taken out</source>
        <translation>Document taken out</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="17"/>
        <source>Dossier closed</source>
        <translation>Dossier closed</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="18"/>
        <source>Package built</source>
        <translation>Package built</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="19"/>
        <source>Dossier transferred</source>
        <translation>Dossier transferred</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="20"/>
        <source>Legal hold placed</source>
        <translation>Legal hold placed</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="21"/>
        <source>Legal hold released</source>
        <translation>Legal hold released</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="22"/>
        <source>Disposal approved</source>
        <translation>Disposal approved</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="23"/>
        <source>Dossier disposed of</source>
        <translation>Dossier disposed of</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="33"/>
        <source>Transfer {code} to the archive within {days} days: {title}</source>
        <translation>Transfer {code} to the archive within {days} days: {title}</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="37"/>
        <source>Transfer of {code} is overdue since {deadline}: {title}</source>
        <translation>Transfer of {code} is overdue since {deadline}: {title}</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="41"/>
        <source>Fixity check: {count} damaged or missing file(s)</source>
        <translation>Fixity check: {count} damaged or missing file(s)</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="44"/>
        <source>Dossier catalogue {year} approved</source>
        <translation>Dossier catalogue {year} approved</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="47"/>
        <source>{action}: {code} {title}</source>
        <translation>{action}: {code} {title}</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <location filename="../screens/archive/view.py" line="112"/>
        <source>Dossiers and archive</source>
        <translation>Dossiers and archive</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="113"/>
        <source>Search dossiers (with or without diacritics)</source>
        <translation>Search dossiers (with or without diacritics)</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="114"/>
        <location filename="../screens/archive/view.py" line="127"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="114"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="116"/>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="116"/>
        <source>Notation:</source>
        <translation>Notation:</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="116"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="117"/>
        <source>Retention:</source>
        <translation>Retention:</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="119"/>
        <source>From the catalogue if left empty</source>
        <translation>From the catalogue if left empty</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="122"/>
        <source>Record category, or permanent, or years</source>
        <translation>Record category, or permanent, or years</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="123"/>
        <source>Open dossier</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="124"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="125"/>
        <location filename="../screens/archive/view.py" line="158"/>
        <source>Transfer deadlines</source>
        <translation>Transfer deadlines</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="126"/>
        <source>Fixity report</source>
        <translation>Fixity report</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="127"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="128"/>
        <source>Transfer by</source>
        <translation>Transfer by</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="128"/>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="129"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="129"/>
        <source>Items checked</source>
        <translation>Items checked</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="130"/>
        <source>Megabytes</source>
        <translation>Megabytes</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="130"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="131"/>
        <source>Check fixity now</source>
        <translation>Check fixity now</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="29"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="30"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="31"/>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="32"/>
        <source>Disposed</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="60"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="61"/>
        <source>Planned, not approved</source>
        <translation>Planned, not approved</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="90"/>
        <source>%1 days overdue</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="92"/>
        <source>%1 days left</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="76"/>
        <source>No problem found</source>
        <translation>No problem found</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../screens/document/dialogs.py" line="265"/>
        <source>Assign an officer</source>
        <translation>Assign an officer</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="274"/>
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="275"/>
        <source>Internal deadline:</source>
        <translation>Internal deadline:</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="276"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="278"/>
        <source>The leader&apos;s deadline is {date}.</source>
        <translation>The leader&apos;s deadline is {date}.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../itemmodels/audit.py" line="71"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../itemmodels/audit.py" line="72"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../itemmodels/audit.py" line="73"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../itemmodels/audit.py" line="74"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../itemmodels/audit.py" line="75"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../itemmodels/audit.py" line="76"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../itemmodels/audit.py" line="91"/>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../screens/admin/audit.py" line="32"/>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <location filename="../screens/admin/audit.py" line="33"/>
        <source>Newest</source>
        <translation>Newest</translation>
    </message>
    <message>
        <location filename="../screens/admin/audit.py" line="34"/>
        <source>Older entries</source>
        <translation>Older entries</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/admin/audit.py" line="105"/>
        <source>The audit chain is intact: %n entries checked.</source>
        <translation>
            <numerusform>The audit chain is intact: %n entry checked.</numerusform>
            <numerusform>The audit chain is intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/admin/audit.py" line="110"/>
        <source>The audit chain is BROKEN ({count} problem(s)):</source>
        <translation>The audit chain is BROKEN ({count} problem(s)):</translation>
    </message>
</context>
<context>
    <name>AxisLabels</name>
    <message>
        <location filename="../screens/axis/lists.py" line="27"/>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="28"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="29"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="37"/>
        <source>Status {code}</source>
        <translation>Status {code}</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="38"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="44"/>
        <source>Waiting for a decision</source>
        <translation>Waiting for a decision</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="45"/>
        <source>Taken in again</source>
        <translation>Taken in again</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="46"/>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="56"/>
        <source>{n} B</source>
        <translation>{n} B</translation>
    </message>
</context>
<context>
    <name>AxisView</name>
    <message>
        <location filename="../screens/axis/view.py" line="97"/>
        <source>National document axis</source>
        <translation>National document axis</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="99"/>
        <source>Connector:</source>
        <translation>Connector:</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="99"/>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="99"/>
        <source>Last round:</source>
        <translation>Last round:</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="100"/>
        <source>Last error:</source>
        <translation>Last error:</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="100"/>
        <source>Outbox:</source>
        <translation>Outbox:</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="100"/>
        <source>Quarantine:</source>
        <translation>Quarantine:</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="103"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="105"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="105"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="105"/>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="105"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="106"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="106"/>
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="106"/>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="108"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="108"/>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="108"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="108"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="109"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="109"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="110"/>
        <source>Send again now</source>
        <translation>Send again now</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="111"/>
        <source>Take in again</source>
        <translation>Take in again</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="112"/>
        <source>Dismiss…</source>
        <translation>Dismiss…</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="139"/>
        <source>Enabled, organ {organ}</source>
        <translation>Enabled, organ {organ}</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="140"/>
        <source>Disabled (messages wait in the outbox)</source>
        <translation>Disabled (messages wait in the outbox)</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="141"/>
        <source>Not configured</source>
        <translation>Not configured</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="142"/>
        <source>{time}: {sent} sent, {retried} retried, {failed} failed; received {received}</source>
        <translation>{time}: {sent} sent, {retried} retried, {failed} failed; received {received}</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="146"/>
        <source>No round yet</source>
        <translation>No round yet</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="147"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="148"/>
        <source>{pending} waiting, {failed} failed, {sent} sent</source>
        <translation>{pending} waiting, {failed} failed, {sent} sent</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/axis/view.py" line="151"/>
        <source>%n message(s) waiting for a decision</source>
        <translation>
            <numerusform>%n message(s) waiting for a decision</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="157"/>
        <source>Outbox ({count})</source>
        <translation>Outbox ({count})</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="159"/>
        <source>Quarantine ({count})</source>
        <translation>Quarantine ({count})</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="180"/>
        <source>The message will be sent again in a moment.</source>
        <translation>The message will be sent again in a moment.</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="187"/>
        <source>The message was taken in; it waits for registration.</source>
        <translation>The message was taken in; it waits for registration.</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="193"/>
        <source>Dismiss this message for good? It stays on record; the sender was already told it was refused.</source>
        <translation>Dismiss this message for good? It stays on record; the sender was already told it was refused.</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="196"/>
        <source>The message was dismissed.</source>
        <translation>The message was dismissed.</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="213"/>
        <source>Dismiss message</source>
        <translation>Dismiss message</translation>
    </message>
</context>
<context>
    <name>BallotEditor</name>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="111"/>
        <source>New opinion ballot</source>
        <translation>New opinion ballot</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="112"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="112"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="112"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="113"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="113"/>
        <source>Draft document</source>
        <translation>Draft document</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="114"/>
        <source>One question per line</source>
        <translation>One question per line</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="116"/>
        <source>No document chosen</source>
        <translation>No document chosen</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="117"/>
        <source>Choose a PDF…</source>
        <translation>Choose a PDF…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="118"/>
        <source>Send the ballot</source>
        <translation>Send the ballot</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="127"/>
        <source>Choose a PDF</source>
        <translation>Choose a PDF</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="145"/>
        <source>Give the ballot a title, at least one question and one member.</source>
        <translation>Give the ballot a title, at least one question and one member.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="148"/>
        <source>The deadline must be in the future.</source>
        <translation>The deadline must be in the future.</translation>
    </message>
</context>
<context>
    <name>BallotInbox</name>
    <message>
        <location filename="../screens/meetings/ballots.py" line="145"/>
        <source>Sign and send my answer</source>
        <translation>Sign and send my answer</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="167"/>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="169"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="170"/>
        <source>awaiting my answer</source>
        <translation>awaiting my answer</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="205"/>
        <source>Deadline: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="227"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="231"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="233"/>
        <source>Time left: %1 days %2</source>
        <translation>Time left: %1 days %2</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="236"/>
        <source>Time left: %1</source>
        <translation>Time left: %1</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="248"/>
        <source>Answer every question first.</source>
        <translation>Answer every question first.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="252"/>
        <source>Write your other opinion.</source>
        <translation>Write your other opinion.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="272"/>
        <source>Your signed answer is sent.</source>
        <translation>Your signed answer is sent.</translation>
    </message>
</context>
<context>
    <name>ChairControls</name>
    <message>
        <location filename="../screens/meetings/controls.py" line="67"/>
        <source>Run the meeting</source>
        <translation>Run the meeting</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="68"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="68"/>
        <source>Check in the selected person</source>
        <translation>Check in the selected person</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="69"/>
        <source>Open the session</source>
        <translation>Open the session</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="69"/>
        <source>Adopt the consent block</source>
        <translation>Adopt the consent block</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="70"/>
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="70"/>
        <source>Record the conclusion</source>
        <translation>Record the conclusion</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="71"/>
        <source>Close the meeting</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="72"/>
        <source>Conclusion of the chair on the current item</source>
        <translation>Conclusion of the chair on the current item</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="75"/>
        <source>Draw up the minutes</source>
        <translation>Draw up the minutes</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="76"/>
        <source>View the minutes</source>
        <translation>View the minutes</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="77"/>
        <source>Sign the minutes</source>
        <translation>Sign the minutes</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="78"/>
        <source>Draft the conclusion notice</source>
        <translation>Draft the conclusion notice</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="118"/>
        <source>The minutes are not drawn up yet.</source>
        <translation>The minutes are not drawn up yet.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="119"/>
        <source>the chair</source>
        <translation>the chair</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="119"/>
        <source>the secretary</source>
        <translation>the secretary</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="121"/>
        <source>The minutes are final: signed by the chair and the secretary.</source>
        <translation>The minutes are final: signed by the chair and the secretary.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="123"/>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="123"/>
        <source>Minutes signed by: %1.</source>
        <translation>Minutes signed by: %1.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="125"/>
        <source>Conclusion notice: outgoing document %1.</source>
        <translation>Conclusion notice: outgoing document %1.</translation>
    </message>
</context>
<context>
    <name>CloseDossierDialog</name>
    <message>
        <location filename="../screens/archive/dialogs.py" line="73"/>
        <source>Close dossier</source>
        <translation>Close dossier</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialogs.py" line="75"/>
        <source>Closing %1: remove drafts and duplicates first. Dates, document and page counts are completed from the %2 filed documents.</source>
        <translation>Closing %1: remove drafts and duplicates first. Dates, document and page counts are completed from the %2 filed documents.</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialogs.py" line="78"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialogs.py" line="78"/>
        <source>Retention:</source>
        <translation>Retention:</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialogs.py" line="79"/>
        <source>Keywords:</source>
        <translation>Keywords:</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialogs.py" line="79"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialogs.py" line="82"/>
        <source>Separated by commas</source>
        <translation>Separated by commas</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../editing/conflict.py" line="37"/>
        <source>Someone else changed this file</source>
        <translation>Someone else changed this file</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="43"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; was updated on the server by someone else after you opened it. Your changes have not been sent and are safe on this computer.&lt;br&gt;&lt;br&gt;What should happen to your version?</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; was updated on the server by someone else after you opened it. Your changes have not been sent and are safe on this computer.&lt;br&gt;&lt;br&gt;What should happen to your version?</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="50"/>
        <source>Keep mine as a new version</source>
        <translation>Keep mine as a new version</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="51"/>
        <source>Send your version; theirs stays in the list of attachments.</source>
        <translation>Send your version; theirs stays in the list of attachments.</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="52"/>
        <source>Discard mine</source>
        <translation>Discard mine</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="53"/>
        <source>Continue from their version; yours is kept in a copy beside it.</source>
        <translation>Continue from their version; yours is kept in a copy beside it.</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="54"/>
        <source>Open both</source>
        <translation>Open both</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="55"/>
        <source>Open their version next to yours to merge by hand; your next save becomes the newest version.</source>
        <translation>Open their version next to yours to merge by hand; your next save becomes the newest version.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../screens/dashboard/view.py" line="95"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="96"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="97"/>
        <source>My meetings today</source>
        <translation>My meetings today</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="98"/>
        <source>No meetings today.</source>
        <translation>No meetings today.</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="99"/>
        <source>No documents assigned in these weeks.</source>
        <translation>No documents assigned in these weeks.</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="110"/>
        <source>Meetings today</source>
        <translation>Meetings today</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="178"/>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="180"/>
        <source>the whole agency</source>
        <translation>the whole agency</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="181"/>
        <source>my unit</source>
        <translation>my unit</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="182"/>
        <source>Workload of {whose}, last {n} weeks</source>
        <translation>Workload of {whose}, last {n} weeks</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="184"/>
        <source>W{week}</source>
        <translation>W{week}</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="186"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="187"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="189"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>DemoMenu</name>
    <message>
        <location filename="../screens/shell/demo_menu.py" line="43"/>
        <source>&amp;Demo: switch person</source>
        <translation>&amp;Demo: switch person</translation>
    </message>
</context>
<context>
    <name>DirectionDialog</name>
    <message>
        <location filename="../screens/document/dialogs.py" line="206"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="210"/>
        <source>e.g. Vụ Tổng hợp chủ trì, báo cáo trước ngày…</source>
        <translation>e.g. Vụ Tổng hợp chủ trì, báo cáo trước ngày…</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="212"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="218"/>
        <source>Search units and people…</source>
        <translation>Search units and people…</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="221"/>
        <source>Direction:</source>
        <translation>Direction:</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="222"/>
        <source>Lead:</source>
        <translation>Lead:</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="223"/>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="225"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="226"/>
        <source>For information</source>
        <translation>For information</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <location filename="../screens/directory/view.py" line="91"/>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../screens/directory/view.py" line="93"/>
        <source>Search by name, position, unit… (with or without diacritics)</source>
        <translation>Search by name, position, unit… (with or without diacritics)</translation>
    </message>
    <message>
        <location filename="../screens/directory/view.py" line="94"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../screens/directory/view.py" line="96"/>
        <location filename="../screens/directory/view.py" line="116"/>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/directory/view.py" line="138"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentFilters</name>
    <message>
        <location filename="../screens/inbox/filters.py" line="66"/>
        <source>Search subject, number, organ, text… (with or without diacritics)</source>
        <translation>Search subject, number, organ, text… (with or without diacritics)</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="67"/>
        <source>All directions</source>
        <translation>All directions</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="69"/>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="71"/>
        <location filename="../screens/inbox/filters.py" line="87"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="72"/>
        <source>Any urgency</source>
        <translation>Any urgency</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="74"/>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="75"/>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="76"/>
        <source>By deadline</source>
        <translation>By deadline</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="77"/>
        <source>By arrival number</source>
        <translation>By arrival number</translation>
    </message>
</context>
<context>
    <name>DocumentLabels</name>
    <message>
        <location filename="../doclabels.py" line="24"/>
        <location filename="../doclabels.py" line="94"/>
        <location filename="../doclabels.py" line="101"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="25"/>
        <location filename="../doclabels.py" line="102"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="26"/>
        <source>Presented</source>
        <translation>Presented</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="27"/>
        <location filename="../doclabels.py" line="104"/>
        <source>Directed</source>
        <translation>Directed</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="28"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="29"/>
        <location filename="../doclabels.py" line="106"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="30"/>
        <location filename="../doclabels.py" line="117"/>
        <source>Returned to sender</source>
        <translation>Returned to sender</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="31"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="32"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="33"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="34"/>
        <source>Awaiting signature</source>
        <translation>Awaiting signature</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="35"/>
        <location filename="../doclabels.py" line="113"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="36"/>
        <location filename="../doclabels.py" line="114"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="37"/>
        <location filename="../doclabels.py" line="115"/>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="38"/>
        <location filename="../doclabels.py" line="116"/>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="44"/>
        <location filename="../doclabels.py" line="54"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="45"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="46"/>
        <source>Very urgent</source>
        <translation>Very urgent</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="47"/>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="48"/>
        <source>Flash (timed)</source>
        <translation>Flash (timed)</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="55"/>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="56"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="57"/>
        <source>Top secret</source>
        <translation>Top secret</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="63"/>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="64"/>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="65"/>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="71"/>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="72"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="73"/>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="74"/>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="75"/>
        <location filename="../doclabels.py" line="123"/>
        <location filename="../doclabels.py" line="135"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="81"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="82"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="83"/>
        <source>For information</source>
        <translation>For information</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="89"/>
        <location filename="../doclabels.py" line="90"/>
        <source>Not sent yet</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="91"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="92"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="93"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="95"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="103"/>
        <source>Presented to a leader</source>
        <translation>Presented to a leader</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="105"/>
        <source>Assigned to an officer</source>
        <translation>Assigned to an officer</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="107"/>
        <source>Draft created</source>
        <translation>Draft created</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="108"/>
        <source>Submitted for review</source>
        <translation>Submitted for review</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="109"/>
        <source>Returned for changes</source>
        <translation>Returned for changes</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="110"/>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="111"/>
        <source>Initialed</source>
        <translation>Initialed</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="112"/>
        <source>Submitted for signature</source>
        <translation>Submitted for signature</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="118"/>
        <source>Withdrawn by the sender</source>
        <translation>Withdrawn by the sender</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="119"/>
        <source>Updated by the sender</source>
        <translation>Updated by the sender</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="120"/>
        <source>Sender&apos;s update taken in as new</source>
        <translation>Sender&apos;s update taken in as new</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="121"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="122"/>
        <source>Deadline approaching</source>
        <translation>Deadline approaching</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="129"/>
        <source>To register</source>
        <translation>To register</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="130"/>
        <source>To direct</source>
        <translation>To direct</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="131"/>
        <source>To process</source>
        <translation>To process</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="132"/>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="133"/>
        <source>To sign</source>
        <translation>To sign</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="134"/>
        <source>To issue</source>
        <translation>To issue</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="136"/>
        <source>My drafts</source>
        <translation>My drafts</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="142"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="143"/>
        <source>Present to leader…</source>
        <translation>Present to leader…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="144"/>
        <source>Direct…</source>
        <translation>Direct…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="145"/>
        <source>Assign officer…</source>
        <translation>Assign officer…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="146"/>
        <source>Complete…</source>
        <translation>Complete…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="147"/>
        <source>New version…</source>
        <translation>New version…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="148"/>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="149"/>
        <source>Return…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="150"/>
        <source>Initial</source>
        <translation>Initial</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="151"/>
        <source>Submit for signature…</source>
        <translation>Submit for signature…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="152"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="153"/>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="154"/>
        <source>Reject (return to sender)…</source>
        <translation>Reject (return to sender)…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="230"/>
        <source>{action}: {subject} ({actor})</source>
        <translation>{action}: {subject} ({actor})</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../itemmodels/documents.py" line="177"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="177"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="177"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="178"/>
        <source>From / unit</source>
        <translation>From / unit</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="178"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="178"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="179"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="179"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="184"/>
        <source>Arrival {n}</source>
        <translation>Arrival {n}</translation>
    </message>
</context>
<context>
    <name>DocumentPanels</name>
    <message>
        <location filename="../screens/document/panels.py" line="121"/>
        <source>signed</source>
        <translation>signed</translation>
    </message>
</context>
<context>
    <name>DocumentResults</name>
    <message numerus="yes">
        <location filename="../screens/search/results.py" line="110"/>
        <source>%n document(s) found</source>
        <translation>
            <numerusform>%n document(s) found</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/search/results.py" line="112"/>
        <source>(scroll for more)</source>
        <translation>(scroll for more)</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../screens/document/view.py" line="75"/>
        <source>Signing…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="195"/>
        <source>← Back to the list</source>
        <translation>← Back to the list</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="196"/>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="199"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="199"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="199"/>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="200"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="200"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="200"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="204"/>
        <source>Versions (click one to show it)</source>
        <translation>Versions (click one to show it)</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="204"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="205"/>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="205"/>
        <source>Recipients and delivery</source>
        <translation>Recipients and delivery</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="207"/>
        <location filename="../screens/document/view.py" line="210"/>
        <location filename="../screens/document/view.py" line="216"/>
        <location filename="../screens/document/view.py" line="217"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="207"/>
        <location filename="../screens/document/view.py" line="217"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="207"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="208"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="208"/>
        <location filename="../screens/document/view.py" line="209"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="209"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="209"/>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="211"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="211"/>
        <source>Organ id</source>
        <translation>Organ id</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="212"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="212"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="213"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="213"/>
        <source>Unit or person</source>
        <translation>Unit or person</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="214"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="214"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="215"/>
        <source>Assigned by</source>
        <translation>Assigned by</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="215"/>
        <location filename="../screens/document/view.py" line="218"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="216"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="216"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="217"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="218"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="219"/>
        <source>Write a comment…</source>
        <translation>Write a comment…</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="220"/>
        <source>About the version shown</source>
        <translation>About the version shown</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="221"/>
        <source>Send comment</source>
        <translation>Send comment</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="305"/>
        <source>Signed; the server accepted the signature.</source>
        <translation>Signed; the server accepted the signature.</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="324"/>
        <source>Version {n} — loading…</source>
        <translation>Version {n} — loading…</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="335"/>
        <source>Version {n}: this file cannot be shown as a PDF.</source>
        <translation>Version {n}: this file cannot be shown as a PDF.</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/document/view.py" line="341"/>
        <source>Version {n} — %n page(s)</source>
        <translation>
            <numerusform>Version {n} — %n page</numerusform>
            <numerusform>Version {n} — %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierPanel</name>
    <message>
        <location filename="../screens/archive/panel.py" line="113"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="113"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="113"/>
        <location filename="../screens/archive/panel.py" line="116"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="114"/>
        <location filename="../screens/archive/panel.py" line="116"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="115"/>
        <source>Find a document to file…</source>
        <translation>Find a document to file…</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="116"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="117"/>
        <source>Add to dossier</source>
        <translation>Add to dossier</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="117"/>
        <source>Remove from dossier</source>
        <translation>Remove from dossier</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="118"/>
        <source>Close dossier…</source>
        <translation>Close dossier…</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="118"/>
        <source>Package and export…</source>
        <translation>Package and export…</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="119"/>
        <source>Transfer to the archive</source>
        <translation>Transfer to the archive</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="120"/>
        <source>Place legal hold</source>
        <translation>Place legal hold</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="120"/>
        <source>Release hold</source>
        <translation>Release hold</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="121"/>
        <source>Approve disposal</source>
        <translation>Approve disposal</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="122"/>
        <source>Dispose of dossier</source>
        <translation>Dispose of dossier</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="125"/>
        <source>Reason for the legal hold</source>
        <translation>Reason for the legal hold</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="126"/>
        <source>Approving decision (number and notation)</source>
        <translation>Approving decision (number and notation)</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="167"/>
        <source>Choose a dossier on the left, or open a new one.</source>
        <translation>Choose a dossier on the left, or open a new one.</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="179"/>
        <source>State: %1 · Retention: %2 · Creator: %3</source>
        <translation>State: %1 · Retention: %2 · Creator: %3</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="184"/>
        <source>From %1 to %2 · %3 documents, %4 pages · transfer by %5</source>
        <translation>From %1 to %2 · %3 documents, %4 pages · transfer by %5</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="191"/>
        <source>Keywords: %1</source>
        <translation>Keywords: %1</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="192"/>
        <source>Under legal hold: %1</source>
        <translation>Under legal hold: %1</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="195"/>
        <source>Disposal approved by decision %1</source>
        <translation>Disposal approved by decision %1</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="197"/>
        <source>Package %1: %2 documents, fingerprint %3…</source>
        <translation>Package %1: %2 documents, fingerprint %3…</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="249"/>
        <source>The dossier is closed; its metadata is complete.</source>
        <translation>The dossier is closed; its metadata is complete.</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="262"/>
        <source>Save the package</source>
        <translation>Save the package</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="263"/>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP files (*.zip)</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="280"/>
        <source>The dossier was transferred to the agency archive.</source>
        <translation>The dossier was transferred to the agency archive.</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="281"/>
        <source>The package was built, checked and saved.</source>
        <translation>The package was built, checked and saved.</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="328"/>
        <source>The dossier was disposed of; its record is kept.</source>
        <translation>The dossier was disposed of; its record is kept.</translation>
    </message>
</context>
<context>
    <name>DraftingView</name>
    <message>
        <location filename="../screens/drafting/view.py" line="121"/>
        <source>New draft</source>
        <translation>New draft</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="122"/>
        <source>Choose draft PDF…</source>
        <translation>Choose draft PDF…</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="124"/>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="125"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="125"/>
        <source>Direction:</source>
        <translation>Direction:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="125"/>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="126"/>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="126"/>
        <source>Urgency:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="126"/>
        <source>Confidentiality:</source>
        <translation>Confidentiality:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="127"/>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="127"/>
        <source>Signing authority:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="128"/>
        <source>Signer position:</source>
        <translation>Signer position:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="128"/>
        <source>Signer name:</source>
        <translation>Signer name:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="129"/>
        <source>Recipients:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="129"/>
        <source>External organs:</source>
        <translation>External organs:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="131"/>
        <source>Legal normative document (own number series)</source>
        <translation>Legal normative document (own number series)</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="132"/>
        <source>Search units and people…</source>
        <translation>Search units and people…</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="133"/>
        <source>One a line: organ id and name, e.g. 000.00.00.G15 Bộ Tài chính</source>
        <translation>One a line: organ id and name, e.g. 000.00.00.G15 Bộ Tài chính</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="135"/>
        <source>Create draft</source>
        <translation>Create draft</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="136"/>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="138"/>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="139"/>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="167"/>
        <source>Choose the draft PDF</source>
        <translation>Choose the draft PDF</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="177"/>
        <source>{name} is not a PDF that can be read.</source>
        <translation>{name} is not a PDF that can be read.</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="204"/>
        <source>Choose the draft PDF first.</source>
        <translation>Choose the draft PDF first.</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="220"/>
        <source>Draft #{id} created. Submit it for review when it is ready.</source>
        <translation>Draft #{id} created. Submit it for review when it is ready.</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="233"/>
        <source>Draft #{id} submitted for review.</source>
        <translation>Draft #{id} submitted for review.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../messages.py" line="14"/>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>The server did not answer in time. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="17"/>
        <source>The server cannot be reached. Check its address and the network.</source>
        <translation>The server cannot be reached. Check its address and the network.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="20"/>
        <source>The server&apos;s answer was not understood. Is this a phigiay server?</source>
        <translation>The server&apos;s answer was not understood. Is this a phigiay server?</translation>
    </message>
    <message>
        <location filename="../messages.py" line="25"/>
        <source>The server refused the request ({code}).</source>
        <translation>The server refused the request ({code}).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="28"/>
        <source>The file could not be read: {error}</source>
        <translation>The file could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="30"/>
        <source>Unexpected error: {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
</context>
<context>
    <name>ExtraFilters</name>
    <message>
        <location filename="../screens/search/filters.py" line="59"/>
        <source>Created from</source>
        <translation>Created from</translation>
    </message>
    <message>
        <location filename="../screens/search/filters.py" line="60"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../screens/search/filters.py" line="61"/>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../screens/search/filters.py" line="76"/>
        <source>Any unit</source>
        <translation>Any unit</translation>
    </message>
    <message>
        <location filename="../screens/search/filters.py" line="78"/>
        <source>Any assignee</source>
        <translation>Any assignee</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../screens/document/files.py" line="55"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="56"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="58"/>
        <source>Open in the office application; every save is sent as a new version</source>
        <translation>Open in the office application; every save is sent as a new version</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="59"/>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="60"/>
        <source>Add attachment…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="61"/>
        <source>Save the shown version…</source>
        <translation>Save the shown version…</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="133"/>
        <source>{name} is open for editing: each time you save it, it is sent as a new version.</source>
        <translation>{name} is open for editing: each time you save it, it is sent as a new version.</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="136"/>
        <source>{name} still had changes that were not sent; they were kept and are being sent now.</source>
        <translation>{name} still had changes that were not sent; they were kept and are being sent now.</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="141"/>
        <source>{name}: your changes were saved on the server as a new version.</source>
        <translation>{name}: your changes were saved on the server as a new version.</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="152"/>
        <source>Save attachment</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="164"/>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="174"/>
        <source>Saved to {path}.</source>
        <translation>Saved to {path}.</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="180"/>
        <source>Add attachment</source>
        <translation>Add attachment</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../screens/inbox/view.py" line="113"/>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="114"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="115"/>
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="163"/>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/inbox/view.py" line="260"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="262"/>
        <source>(more available)</source>
        <translation>(more available)</translation>
    </message>
</context>
<context>
    <name>IssueView</name>
    <message>
        <location filename="../screens/issue/view.py" line="133"/>
        <source>Documents to issue</source>
        <translation>Documents to issue</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="134"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="135"/>
        <source>Signed by:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="135"/>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="135"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="136"/>
        <source>Agency seal:</source>
        <translation>Agency seal:</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="136"/>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="137"/>
        <source>Recipients and delivery</source>
        <translation>Recipients and delivery</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="138"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="138"/>
        <source>Organ id</source>
        <translation>Organ id</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="139"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="139"/>
        <source>Axis status</source>
        <translation>Axis status</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="140"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="141"/>
        <source>Issue: number, date, seal and dispatch</source>
        <translation>Issue: number, date, seal and dispatch</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="169"/>
        <source>No signed document is waiting for issuance.</source>
        <translation>No signed document is waiting for issuance.</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="198"/>
        <source>Choose a document in the list.</source>
        <translation>Choose a document in the list.</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="209"/>
        <source>Signed, waiting for issuance</source>
        <translation>Signed, waiting for issuance</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="210"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="212"/>
        <source>{number} — the register&apos;s next number; taken when you issue</source>
        <translation>{number} — the register&apos;s next number; taken when you issue</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="216"/>
        <source>Applied by the server with the agency&apos;s certificate when you issue.</source>
        <translation>Applied by the server with the agency&apos;s certificate when you issue.</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="222"/>
        <source>Applied.</source>
        <translation>Applied.</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="251"/>
        <source>Issuing…</source>
        <translation>Issuing…</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="259"/>
        <source>Issued as number {number}; sent to the recipients.</source>
        <translation>Issued as number {number}; sent to the recipients.</translation>
    </message>
</context>
<context>
    <name>ItemDocuments</name>
    <message>
        <location filename="../screens/meetings/documents.py" line="60"/>
        <source>My private note on this document (only I see it)</source>
        <translation>My private note on this document (only I see it)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/documents.py" line="61"/>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="27"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../labels.py" line="29"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../labels.py" line="30"/>
        <source>Unit head</source>
        <translation>Unit head</translation>
    </message>
    <message>
        <location filename="../labels.py" line="31"/>
        <source>Agency leader</source>
        <translation>Agency leader</translation>
    </message>
    <message>
        <location filename="../labels.py" line="32"/>
        <source>Cabinet member</source>
        <translation>Cabinet member</translation>
    </message>
    <message>
        <location filename="../labels.py" line="33"/>
        <source>Meeting secretary</source>
        <translation>Meeting secretary</translation>
    </message>
    <message>
        <location filename="../labels.py" line="51"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="52"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53"/>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="54"/>
        <source>Session expired</source>
        <translation>Session expired</translation>
    </message>
    <message>
        <location filename="../labels.py" line="55"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../labels.py" line="69"/>
        <source>Agency created</source>
        <translation>Agency created</translation>
    </message>
    <message>
        <location filename="../labels.py" line="70"/>
        <source>Agency changed</source>
        <translation>Agency changed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="71"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../labels.py" line="72"/>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../labels.py" line="73"/>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location filename="../labels.py" line="74"/>
        <source>Sign-in refused (locked)</source>
        <translation>Sign-in refused (locked)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="76"/>
        <source>Sign-in refused (disabled)</source>
        <translation>Sign-in refused (disabled)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="78"/>
        <source>Account locked</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location filename="../labels.py" line="79"/>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="80"/>
        <source>Axis message sent again</source>
        <translation>Axis message sent again</translation>
    </message>
    <message>
        <location filename="../labels.py" line="81"/>
        <source>Quarantined axis message taken in again</source>
        <translation>Quarantined axis message taken in again</translation>
    </message>
    <message>
        <location filename="../labels.py" line="83"/>
        <source>Quarantined axis message dismissed</source>
        <translation>Quarantined axis message dismissed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="85"/>
        <source>Holidays added</source>
        <translation>Holidays added</translation>
    </message>
    <message>
        <location filename="../labels.py" line="86"/>
        <source>Attachment added</source>
        <translation>Attachment added</translation>
    </message>
    <message>
        <location filename="../labels.py" line="87"/>
        <source>Comment added</source>
        <translation>Comment added</translation>
    </message>
    <message>
        <location filename="../labels.py" line="88"/>
        <source>Document version added</source>
        <translation>Document version added</translation>
    </message>
    <message>
        <location filename="../labels.py" line="89"/>
        <source>Minutes drawn up</source>
        <translation>Minutes drawn up</translation>
    </message>
    <message>
        <location filename="../labels.py" line="90"/>
        <source>Minutes signed</source>
        <translation>Minutes signed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="91"/>
        <source>Conclusion notice drafted</source>
        <translation>Conclusion notice drafted</translation>
    </message>
    <message>
        <location filename="../labels.py" line="93"/>
        <source>Dossier catalogue planned</source>
        <translation>Dossier catalogue planned</translation>
    </message>
    <message>
        <location filename="../labels.py" line="95"/>
        <source>Dossier catalogue approved</source>
        <translation>Dossier catalogue approved</translation>
    </message>
    <message>
        <location filename="../labels.py" line="97"/>
        <source>Fixity check run</source>
        <translation>Fixity check run</translation>
    </message>
    <message>
        <location filename="../labels.py" line="98"/>
        <source>Preservation package exported</source>
        <translation>Preservation package exported</translation>
    </message>
    <message>
        <location filename="../labels.py" line="100"/>
        <source>Preservation package verified</source>
        <translation>Preservation package verified</translation>
    </message>
    <message>
        <location filename="../labels.py" line="102"/>
        <source>Retention rule set</source>
        <translation>Retention rule set</translation>
    </message>
    <message>
        <location filename="../labels.py" line="104"/>
        <source>Archived signatures renewed</source>
        <translation>Archived signatures renewed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="106"/>
        <source>Certificate added</source>
        <translation>Certificate added</translation>
    </message>
    <message>
        <location filename="../labels.py" line="107"/>
        <source>Certificate removed</source>
        <translation>Certificate removed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="108"/>
        <source>Unit created</source>
        <translation>Unit created</translation>
    </message>
    <message>
        <location filename="../labels.py" line="109"/>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location filename="../labels.py" line="110"/>
        <source>Account changed</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="111"/>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../labels.py" line="112"/>
        <source>Signature image set</source>
        <translation>Signature image set</translation>
    </message>
    <message>
        <location filename="../labels.py" line="353"/>
        <source>New account: {name} ({username})</source>
        <translation>New account: {name} ({username})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="357"/>
        <source>Account {username} locked after failed logins, until {until}</source>
        <translation>Account {username} locked after failed logins, until {until}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="298"/>
        <source>The minutes of a meeting were drawn up</source>
        <translation>The minutes of a meeting were drawn up</translation>
    </message>
    <message>
        <location filename="../labels.py" line="303"/>
        <source>The minutes of a meeting are fully signed</source>
        <translation>The minutes of a meeting are fully signed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="304"/>
        <source>The minutes of a meeting were signed</source>
        <translation>The minutes of a meeting were signed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="369"/>
        <source>A quarantined axis message was dealt with</source>
        <translation>A quarantined axis message was dealt with</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../screens/login/view.py" line="139"/>
        <source>Sign in — phigiay</source>
        <translation>Sign in — phigiay</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="140"/>
        <source>phigiay</source>
        <translation>phigiay</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="141"/>
        <source>Paperless office: documents, signing and meetings</source>
        <translation>Paperless office: documents, signing and meetings</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="142"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="142"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="142"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="143"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="146"/>
        <source>e.g. https://vanban.example.gov.vn</source>
        <translation>e.g. https://vanban.example.gov.vn</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="147"/>
        <location filename="../screens/login/view.py" line="208"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="148"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="151"/>
        <source>No system keyring is available: your session is kept only until you quit.</source>
        <translation>No system keyring is available: your session is kept only until you quit.</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="155"/>
        <source>Demo server</source>
        <translation>Demo server</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="157"/>
        <source>Every demo person has the password {password}. Choose whom to sign in as:</source>
        <translation>Every demo person has the password {password}. Choose whom to sign in as:</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="198"/>
        <source>Enter the server address, your user name and password.</source>
        <translation>Enter the server address, your user name and password.</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="208"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../screens/shell/view.py" line="148"/>
        <source>phigiay — {agency}</source>
        <translation>phigiay — {agency}</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="151"/>
        <source>{name} — {roles}</source>
        <translation>{name} — {roles}</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="153"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="154"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="155"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="156"/>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="157"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="158"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="159"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="160"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="236"/>
        <source>Live updates from the server</source>
        <translation>Live updates from the server</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/shell/view.py" line="270"/>
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../screens/meetings/preparation.py" line="80"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="81"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="81"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="81"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="82"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="82"/>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="83"/>
        <source>E.g. Regular cabinet meeting of November</source>
        <translation>E.g. Regular cabinet meeting of November</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="86"/>
        <source>Regular meeting</source>
        <translation>Regular meeting</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="87"/>
        <source>Thematic meeting</source>
        <translation>Thematic meeting</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="89"/>
        <source>Participants may attend remotely</source>
        <translation>Participants may attend remotely</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="90"/>
        <source>Create the meeting</source>
        <translation>Create the meeting</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="91"/>
        <source>Save the changes</source>
        <translation>Save the changes</translation>
    </message>
</context>
<context>
    <name>MeetingRoomView</name>
    <message>
        <location filename="../screens/meetings/room.py" line="165"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="166"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="167"/>
        <source>I am here (check in)</source>
        <translation>I am here (check in)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="168"/>
        <source>Join remotely (check in)</source>
        <translation>Join remotely (check in)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="209"/>
        <source>Quorum: %1 of %2 seats present (%3 needed)</source>
        <translation>Quorum: %1 of %2 seats present (%3 needed)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="233"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="233"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="234"/>
        <source>In session</source>
        <translation>In session</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="234"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="235"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="243"/>
        <source>consent block</source>
        <translation>consent block</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="245"/>
        <source>concluded</source>
        <translation>concluded</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="255"/>
        <source>Under discussion now</source>
        <translation>Under discussion now</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="263"/>
        <source>chair</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="263"/>
        <source>secretary</source>
        <translation>secretary</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="264"/>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="264"/>
        <source>substitute</source>
        <translation>substitute</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="265"/>
        <source>guest</source>
        <translation>guest</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="266"/>
        <source>remote</source>
        <translation>remote</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="327"/>
        <source>Note saved.</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="346"/>
        <source>Your vote is recorded.</source>
        <translation>Your vote is recorded.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="357"/>
        <source>Write the motion to vote on.</source>
        <translation>Write the motion to vote on.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="365"/>
        <source>Write the conclusion first.</source>
        <translation>Write the conclusion first.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="416"/>
        <source>Your signature on the minutes is recorded.</source>
        <translation>Your signature on the minutes is recorded.</translation>
    </message>
</context>
<context>
    <name>MeetingSigner</name>
    <message>
        <location filename="../screens/meetings/signer.py" line="48"/>
        <source>Choose your signing certificate</source>
        <translation>Choose your signing certificate</translation>
    </message>
    <message>
        <location filename="../screens/meetings/signer.py" line="53"/>
        <source>Token PIN:</source>
        <translation>Token PIN:</translation>
    </message>
    <message>
        <location filename="../screens/meetings/signer.py" line="55"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../screens/meetings/signer.py" line="57"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../screens/meetings/view.py" line="91"/>
        <source>Meeting room</source>
        <translation>Meeting room</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="92"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="93"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="94"/>
        <source>Opinion ballots</source>
        <translation>Opinion ballots</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="96"/>
        <source>Ballots I sent</source>
        <translation>Ballots I sent</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="97"/>
        <source>New meeting…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="98"/>
        <source>Prepare…</source>
        <translation>Prepare…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="99"/>
        <source>Choose a meeting on the left.</source>
        <translation>Choose a meeting on the left.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="123"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="123"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="124"/>
        <source>In session</source>
        <translation>In session</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="124"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="125"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../screens/document/panels.py" line="51"/>
        <source>{n} on {date}</source>
        <translation>{n} on {date}</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="58"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="59"/>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="60"/>
        <source>Direction:</source>
        <translation>Direction:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="61"/>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="62"/>
        <source>Number, notation:</source>
        <translation>Number, notation:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="63"/>
        <source>Document date:</source>
        <translation>Document date:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="64"/>
        <source>Issuing organ:</source>
        <translation>Issuing organ:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="65"/>
        <source>Arrival number:</source>
        <translation>Arrival number:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="66"/>
        <source>Urgency:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="67"/>
        <source>Confidentiality:</source>
        <translation>Confidentiality:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="69"/>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="70"/>
        <source>Signer:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="71"/>
        <source>Drafting unit:</source>
        <translation>Drafting unit:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="72"/>
        <source>Presented to:</source>
        <translation>Presented to:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="73"/>
        <source>Direction given:</source>
        <translation>Direction given:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="74"/>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="75"/>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="75"/>
        <source>{time} by {name}</source>
        <translation>{time} by {name}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../navigation.py" line="146"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="149"/>
        <source>Drafts and outgoing</source>
        <translation>Drafts and outgoing</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="151"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="153"/>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="156"/>
        <source>Receive documents</source>
        <translation>Receive documents</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="158"/>
        <source>New draft</source>
        <translation>New draft</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="162"/>
        <source>To sign</source>
        <translation>To sign</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="164"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="167"/>
        <source>Registers and reports</source>
        <translation>Registers and reports</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="170"/>
        <source>Document axis</source>
        <translation>Document axis</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="172"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="174"/>
        <source>Meeting room</source>
        <translation>Meeting room</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="176"/>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="179"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="182"/>
        <source>My account</source>
        <translation>My account</translation>
    </message>
</context>
<context>
    <name>NotificationList</name>
    <message>
        <location filename="../screens/shell/notifications.py" line="45"/>
        <source>No notifications yet.</source>
        <translation>No notifications yet.</translation>
    </message>
    <message>
        <location filename="../screens/shell/notifications.py" line="46"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../labels.py" line="149"/>
        <source>chair</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../labels.py" line="150"/>
        <source>secretary</source>
        <translation>secretary</translation>
    </message>
    <message>
        <location filename="../labels.py" line="151"/>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../labels.py" line="152"/>
        <source>substitute</source>
        <translation>substitute</translation>
    </message>
    <message>
        <location filename="../labels.py" line="153"/>
        <source>guest</source>
        <translation>guest</translation>
    </message>
    <message>
        <location filename="../labels.py" line="172"/>
        <source>Deadline {deadline} approaching: {subject}</source>
        <translation>Deadline {deadline} approaching: {subject}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="175"/>
        <source>Overdue since {deadline}: {subject}</source>
        <translation>Overdue since {deadline}: {subject}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="178"/>
        <source>New comment on a document by {author}</source>
        <translation>New comment on a document by {author}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="191"/>
        <source>Vote closed, adopted: {motion} (for {yes}, against {no}, abstaining {abstain})</source>
        <translation>Vote closed, adopted: {motion} (for {yes}, against {no}, abstaining {abstain})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="194"/>
        <source>Vote closed, not adopted: {motion} (for {yes}, against {no}, abstaining {abstain})</source>
        <translation>Vote closed, not adopted: {motion} (for {yes}, against {no}, abstaining {abstain})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="203"/>
        <source>Meeting starting at {time}: {title} ({location})</source>
        <translation>Meeting starting at {time}: {title} ({location})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="205"/>
        <source>Meeting starting at {time}: {title}</source>
        <translation>Meeting starting at {time}: {title}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="213"/>
        <source>Meeting details changed: {title}, {time} ({location})</source>
        <translation>Meeting details changed: {title}, {time} ({location})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="215"/>
        <source>Meeting details changed: {title}, {time}</source>
        <translation>Meeting details changed: {title}, {time}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="224"/>
        <source>You were added to a meeting as {role}</source>
        <translation>You were added to a meeting as {role}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="232"/>
        <source>You were taken off a meeting&apos;s participants</source>
        <translation>You were taken off a meeting&apos;s participants</translation>
    </message>
    <message>
        <location filename="../labels.py" line="237"/>
        <source>You will chair a meeting</source>
        <translation>You will chair a meeting</translation>
    </message>
    <message>
        <location filename="../labels.py" line="238"/>
        <source>A meeting has a new chair</source>
        <translation>A meeting has a new chair</translation>
    </message>
    <message>
        <location filename="../labels.py" line="242"/>
        <source>Meeting invitation: a meeting on {time}</source>
        <translation>Meeting invitation: a meeting on {time}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="249"/>
        <source>A meeting document was replaced: {reason}</source>
        <translation>A meeting document was replaced: {reason}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="251"/>
        <source>A meeting document was replaced</source>
        <translation>A meeting document was replaced</translation>
    </message>
    <message>
        <location filename="../labels.py" line="255"/>
        <source>The meeting session has started ({time})</source>
        <translation>The meeting session has started ({time})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="260"/>
        <source>Vote opened: {motion}</source>
        <translation>Vote opened: {motion}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="265"/>
        <source>The meeting has closed ({time})</source>
        <translation>The meeting has closed ({time})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="270"/>
        <source>New opinion ballot: please answer by {deadline}</source>
        <translation>New opinion ballot: please answer by {deadline}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="277"/>
        <source>Reminder: please answer the opinion ballot by {deadline}</source>
        <translation>Reminder: please answer the opinion ballot by {deadline}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="285"/>
        <source>The opinion ballot&apos;s deadline has passed without your answer</source>
        <translation>The opinion ballot&apos;s deadline has passed without your answer</translation>
    </message>
    <message>
        <location filename="../labels.py" line="287"/>
        <source>Opinion ballot overdue: {count} member(s) have not answered</source>
        <translation>Opinion ballot overdue: {count} member(s) have not answered</translation>
    </message>
    <message>
        <location filename="../labels.py" line="293"/>
        <source>Opinion ballot closed: {title}</source>
        <translation>Opinion ballot closed: {title}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="313"/>
        <source>{notice} — {subject}</source>
        <translation>{notice} — {subject}</translation>
    </message>
</context>
<context>
    <name>OutgoingView</name>
    <message>
        <location filename="../screens/outgoing/view.py" line="76"/>
        <source>Drafts and outgoing documents</source>
        <translation>Drafts and outgoing documents</translation>
    </message>
    <message>
        <location filename="../screens/outgoing/view.py" line="77"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../screens/outgoing/view.py" line="78"/>
        <source>In progress (draft to signed)</source>
        <translation>In progress (draft to signed)</translation>
    </message>
    <message>
        <location filename="../screens/outgoing/view.py" line="79"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../screens/outgoing/view.py" line="79"/>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <location filename="../screens/meetings/participants.py" line="79"/>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="79"/>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="80"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="80"/>
        <source>Substitute</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="81"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="85"/>
        <location filename="../screens/meetings/participants.py" line="189"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="86"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="86"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="86"/>
        <source>Substitutes for</source>
        <translation>Substitutes for</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="87"/>
        <source>Guest for items</source>
        <translation>Guest for items</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="93"/>
        <source>Attends remotely</source>
        <translation>Attends remotely</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="94"/>
        <source>Invite</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="95"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="96"/>
        <source>Make chair</source>
        <translation>Make chair</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="124"/>
        <source> (remote)</source>
        <translation> (remote)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="197"/>
        <source>Remove “%1” from the meeting?</source>
        <translation>Remove “%1” from the meeting?</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="199"/>
        <source>They were invited and will be told.</source>
        <translation>They were invited and will be told.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="203"/>
        <source>Participant removed.</source>
        <translation>Participant removed.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="211"/>
        <source>Hand the chair to “%1”?</source>
        <translation>Hand the chair to “%1”?</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="213"/>
        <source>“%1” stays on as a member.</source>
        <translation>“%1” stays on as a member.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="217"/>
        <source>The chair was handed over.</source>
        <translation>The chair was handed over.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="234"/>
        <source>Invitation added.</source>
        <translation>Invitation added.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../screens/admin/dialogs.py" line="162"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="165"/>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="171"/>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="173"/>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="174"/>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="174"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PdfPagesView</name>
    <message>
        <location filename="../screens/document/pdfpages.py" line="149"/>
        <source>This file cannot be shown: it is not a PDF, or it is damaged. The rest of the document can still be used; the file itself can be saved and opened elsewhere.</source>
        <translation>This file cannot be shown: it is not a PDF, or it is damaged. The rest of the document can still be used; the file itself can be saved and opened elsewhere.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../itemmodels/people.py" line="85"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../itemmodels/people.py" line="86"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../itemmodels/people.py" line="87"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../itemmodels/people.py" line="88"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../itemmodels/people.py" line="89"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../itemmodels/people.py" line="90"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>PositionsBox</name>
    <message>
        <location filename="../screens/meetings/speakers.py" line="57"/>
        <source>No objection</source>
        <translation>No objection</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="57"/>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="58"/>
        <source>Wish to speak</source>
        <translation>Wish to speak</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="62"/>
        <source>Positions before the meeting</source>
        <translation>Positions before the meeting</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="63"/>
        <source>Reason (optional)</source>
        <translation>Reason (optional)</translation>
    </message>
</context>
<context>
    <name>PreparationDialog</name>
    <message>
        <location filename="../screens/meetings/preparation.py" line="174"/>
        <source>Prepare a meeting</source>
        <translation>Prepare a meeting</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="175"/>
        <source>Publish the meeting</source>
        <translation>Publish the meeting</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="176"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="213"/>
        <source>Fill in the meeting and create it; then add the agenda and invite the participants.</source>
        <translation>Fill in the meeting and create it; then add the agenda and invite the participants.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="216"/>
        <source>Draft: only you and the chair see it until you publish it.</source>
        <translation>Draft: only you and the chair see it until you publish it.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="219"/>
        <source>Published: the participants were invited and see the documents.</source>
        <translation>Published: the participants were invited and see the documents.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="238"/>
        <source>Give the meeting a title and a chair.</source>
        <translation>Give the meeting a title and a chair.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="246"/>
        <source>Meeting created as a draft.</source>
        <translation>Meeting created as a draft.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="258"/>
        <source>The meeting needs a title.</source>
        <translation>The meeting needs a title.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="262"/>
        <source>Changes saved; the participants were told.</source>
        <translation>Changes saved; the participants were told.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="263"/>
        <source>Changes saved.</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="274"/>
        <source>Meeting published; the participants were invited.</source>
        <translation>Meeting published; the participants were invited.</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <location filename="../screens/meetings/ballots.py" line="69"/>
        <source>Agree</source>
        <translation>Agree</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="69"/>
        <source>Disagree</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="70"/>
        <source>Other opinion</source>
        <translation>Other opinion</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="72"/>
        <source>Your opinion (required for another opinion)</source>
        <translation>Your opinion (required for another opinion)</translation>
    </message>
</context>
<context>
    <name>ReceiveView</name>
    <message>
        <location filename="../screens/receive/view.py" line="140"/>
        <source>Receive an incoming document</source>
        <translation>Receive an incoming document</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="141"/>
        <source>Choose PDF…</source>
        <translation>Choose PDF…</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="143"/>
        <location filename="../screens/receive/view.py" line="213"/>
        <location filename="../screens/receive/view.py" line="357"/>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="144"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="144"/>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="144"/>
        <source>Issuing organ:</source>
        <translation>Issuing organ:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="145"/>
        <source>Organ id:</source>
        <translation>Organ id:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="145"/>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="145"/>
        <source>Notation:</source>
        <translation>Notation:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="146"/>
        <source>Document date:</source>
        <translation>Document date:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="146"/>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="146"/>
        <source>Signer position:</source>
        <translation>Signer position:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="147"/>
        <source>Signer name:</source>
        <translation>Signer name:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="147"/>
        <source>Urgency:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="147"/>
        <source>Confidentiality:</source>
        <translation>Confidentiality:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="148"/>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="150"/>
        <source>Trích yếu, as printed on the document</source>
        <translation>Trích yếu, as printed on the document</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="152"/>
        <source>e.g. BKHĐT-TH</source>
        <translation>e.g. BKHĐT-TH</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="153"/>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="154"/>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="155"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="156"/>
        <source>Present to leader</source>
        <translation>Present to leader</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="157"/>
        <source>Receive another document</source>
        <translation>Receive another document</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="215"/>
        <source>{name} was replaced in the scan folder after it was shown. Choose it again to see what it holds now.</source>
        <translation>{name} was replaced in the scan folder after it was shown. Choose it again to see what it holds now.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="224"/>
        <source>Choose the received PDF</source>
        <translation>Choose the received PDF</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="247"/>
        <source>{name} is not a PDF that can be read.</source>
        <translation>{name} is not a PDF that can be read.</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/receive/view.py" line="252"/>
        <source>{name} — %n page(s)</source>
        <translation>
            <numerusform>{name} — %n page</numerusform>
            <numerusform>{name} — %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="277"/>
        <source>Choose the PDF of the document first.</source>
        <translation>Choose the PDF of the document first.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="280"/>
        <source>The subject and the issuing organ are needed.</source>
        <translation>The subject and the issuing organ are needed.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="306"/>
        <source>Received as document #{id}. Register it to give it an arrival number.</source>
        <translation>Received as document #{id}. Register it to give it an arrival number.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="324"/>
        <source>Arrival number {n}.</source>
        <translation>Arrival number {n}.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="328"/>
        <source>Warning: this may duplicate document(s) {ids} (same number, notation and issuing organ).</source>
        <translation>Warning: this may duplicate document(s) {ids} (same number, notation and issuing organ).</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="344"/>
        <source>Presented to {name}.</source>
        <translation>Presented to {name}.</translation>
    </message>
</context>
<context>
    <name>RegistersView</name>
    <message>
        <location filename="../screens/registers/view.py" line="106"/>
        <source>Registers and reports</source>
        <translation>Registers and reports</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="107"/>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="108"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="109"/>
        <source>Registers</source>
        <translation>Registers</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="110"/>
        <source>Processing statistics</source>
        <translation>Processing statistics</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="111"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="111"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="112"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="112"/>
        <source>Last number</source>
        <translation>Last number</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="113"/>
        <source>Open incoming register book</source>
        <translation>Open incoming register book</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="114"/>
        <source>Open outgoing register book</source>
        <translation>Open outgoing register book</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="115"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="117"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="117"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="117"/>
        <source>Done on time</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="117"/>
        <source>Done late</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="118"/>
        <source>Open, on track</source>
        <translation>Open, on track</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="118"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="118"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="119"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="129"/>
        <source>Incoming register</source>
        <translation>Incoming register</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="130"/>
        <source>Outgoing register</source>
        <translation>Outgoing register</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="134"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="134"/>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="135"/>
        <source>Legal normative</source>
        <translation>Legal normative</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="176"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/registers/view.py" line="208"/>
        <source>{register} {year}, {series} — %n page(s)</source>
        <translation>
            <numerusform>{register} {year}, {series} — %n page</numerusform>
            <numerusform>{register} {year}, {series} — %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="195"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="219"/>
        <source>Save register book</source>
        <translation>Save register book</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="228"/>
        <source>Export statistics</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="237"/>
        <source>Saved to {path}.</source>
        <translation>Saved to {path}.</translation>
    </message>
</context>
<context>
    <name>ReloginDialog</name>
    <message>
        <location filename="../reauth.py" line="56"/>
        <source>Session expired</source>
        <translation>Session expired</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="58"/>
        <source>Your session has expired or was ended on the server. Enter your password to go on where you left off; nothing on screen is lost.</source>
        <translation>Your session has expired or was ended on the server. Enter your password to go on where you left off; nothing on screen is lost.</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="69"/>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="72"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="75"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="76"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="93"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="109"/>
        <source>This is not the account that was signed in.</source>
        <translation>This is not the account that was signed in.</translation>
    </message>
</context>
<context>
    <name>ScanQueue</name>
    <message>
        <location filename="../screens/receive/scans.py" line="22"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="23"/>
        <source>The file is not a PDF. Set the scanner to save PDF files.</source>
        <translation>The file is not a PDF. Set the scanner to save PDF files.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="25"/>
        <source>The PDF is damaged and cannot be read. Scan the document again.</source>
        <translation>The PDF is damaged and cannot be read. Scan the document again.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="27"/>
        <source>The PDF has no pages.</source>
        <translation>The PDF has no pages.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="28"/>
        <source>The PDF is protected by a password.</source>
        <translation>The PDF is protected by a password.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="77"/>
        <source>Scanned documents</source>
        <translation>Scanned documents</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="78"/>
        <source>From the scan folder {folder}</source>
        <translation>From the scan folder {folder}</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="80"/>
        <source>No scanned document is waiting. PDFs the scanner saves in the folder appear here.</source>
        <translation>No scanned document is waiting. PDFs the scanner saves in the folder appear here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/receive/scans.py" line="94"/>
        <source>{name} — %n page(s)</source>
        <translation>
            <numerusform>{name} — %n page(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="114"/>
        <source>{name} was not taken in: {reason} It was moved to {folder}.</source>
        <translation>{name} was not taken in: {reason} It was moved to {folder}.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="120"/>
        <source>{name} was already received as document #{id}; it was moved to {folder}.</source>
        <translation>{name} was already received as document #{id}; it was moved to {folder}.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="127"/>
        <source>{name}, interrupted last time, is received as document #{id}.</source>
        <translation>{name}, interrupted last time, is received as document #{id}.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="131"/>
        <source>{name} could not be sent yet: {error} It stays in the folder.</source>
        <translation>{name} could not be sent yet: {error} It stays in the folder.</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../screens/search/view.py" line="58"/>
        <source>Search documents</source>
        <translation>Search documents</translation>
    </message>
    <message>
        <location filename="../screens/search/view.py" line="59"/>
        <source>Type words (with or without diacritics) or choose filters; the results appear as you go.</source>
        <translation>Type words (with or without diacritics) or choose filters; the results appear as you go.</translation>
    </message>
</context>
<context>
    <name>SentBallots</name>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="220"/>
        <source>New opinion ballot…</source>
        <translation>New opinion ballot…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="221"/>
        <source>Close the ballot</source>
        <translation>Close the ballot</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="222"/>
        <source>Save the tally report…</source>
        <translation>Save the tally report…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="270"/>
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="282"/>
        <source>No opinion ballot sent yet.</source>
        <translation>No opinion ballot sent yet.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="286"/>
        <source> · closed</source>
        <translation> · closed</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="289"/>
        <source>%1 — answered (signed)</source>
        <translation>%1 — answered (signed)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="292"/>
        <source>%1 — not yet</source>
        <translation>%1 — not yet</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="300"/>
        <source>Opinion ballot sent.</source>
        <translation>Opinion ballot sent.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="313"/>
        <source>Ballot closed.</source>
        <translation>Ballot closed.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="321"/>
        <source>Save the tally report</source>
        <translation>Save the tally report</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="333"/>
        <source>Tally report saved: %1</source>
        <translation>Tally report saved: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../screens/settings/dialog.py" line="119"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="120"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="120"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="121"/>
        <location filename="../screens/settings/dialog.py" line="156"/>
        <source>Scan folder</source>
        <translation>Scan folder</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="121"/>
        <location filename="../screens/settings/dialog.py" line="162"/>
        <source>Signing token module</source>
        <translation>Signing token module</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="122"/>
        <location filename="../screens/settings/dialog.py" line="123"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="124"/>
        <source>Used from the next sign-in.</source>
        <translation>Used from the next sign-in.</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="125"/>
        <source>New PDFs the scanner saves here are offered for registration.</source>
        <translation>New PDFs the scanner saves here are offered for registration.</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="127"/>
        <source>The PKCS#11 library of the signing tokens (.dll, .so or .dylib), from the token&apos;s vendor.</source>
        <translation>The PKCS#11 library of the signing tokens (.dll, .so or .dylib), from the token&apos;s vendor.</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="137"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="179"/>
        <source>The server address must look like https://vanban.example.vn or 10.0.0.5:8400.</source>
        <translation>The server address must look like https://vanban.example.vn or 10.0.0.5:8400.</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="183"/>
        <source>The scan folder {path} does not exist.</source>
        <translation>The scan folder {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="186"/>
        <source>The token module {path} does not exist.</source>
        <translation>The token module {path} does not exist.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../screens/signing/dialog.py" line="65"/>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="146"/>
        <location filename="../screens/signing/dialog.py" line="158"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/signing/dialog.py" line="147"/>
        <source>Sign %n document(s) with one PIN entry.</source>
        <translation>
            <numerusform>Sign %n document(s) with one PIN entry.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="148"/>
        <source>Token (USB key)</source>
        <translation>Token (USB key)</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="149"/>
        <source>Certificate file (PKCS#12)</source>
        <translation>Certificate file (PKCS#12)</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="150"/>
        <source>Find tokens</source>
        <translation>Find tokens</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="151"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="152"/>
        <source>Token library:</source>
        <translation>Token library:</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="152"/>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="153"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="154"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="155"/>
        <source>Level {level}; time-stamping authority: {tsa}.</source>
        <translation>Level {level}; time-stamping authority: {tsa}.</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="159"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="182"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="182"/>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="185"/>
        <source>Certificate file</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="193"/>
        <source>Enter the token library (PKCS#11 module) first.</source>
        <translation>Enter the token library (PKCS#11 module) first.</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="217"/>
        <source>No token with a certificate is plugged in.</source>
        <translation>No token with a certificate is plugged in.</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="256"/>
        <source>Opening the key…</source>
        <translation>Opening the key…</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <location filename="../screens/document/signatures.py" line="178"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="178"/>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="179"/>
        <source>Signing time</source>
        <translation>Signing time</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="180"/>
        <source>Time stamp</source>
        <translation>Time stamp</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="179"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="178"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="180"/>
        <source>After signing</source>
        <translation>After signing</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="189"/>
        <source>Checking the signatures…</source>
        <translation>Checking the signatures…</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="196"/>
        <source>The signatures could not be checked: {error}</source>
        <translation>The signatures could not be checked: {error}</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="202"/>
        <source>Checked at {time} with the agency&apos;s trust list.</source>
        <translation>Checked at {time} with the agency&apos;s trust list.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="217"/>
        <source>unreadable certificate</source>
        <translation>unreadable certificate</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="222"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="233"/>
        <source>Indication: {indication}</source>
        <translation>Indication: {indication}</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="239"/>
        <source>Certificate: {organisation} — serial {serial}, issued by {issuer}</source>
        <translation>Certificate: {organisation} — serial {serial}, issued by {issuer}</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="244"/>
        <source>Certification signature (level {level} of changes allowed).</source>
        <translation>Certification signature (level {level} of changes allowed).</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <location filename="../screens/document/signatures.py" line="30"/>
        <source>The signature is malformed, does not cover the whole document, or the document was changed in a way the signer did not allow.</source>
        <translation>The signature is malformed, does not cover the whole document, or the document was changed in a way the signer did not allow.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="33"/>
        <source>The signed content was changed after signing.</source>
        <translation>The signed content was changed after signing.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="35"/>
        <source>The signature value does not match the signer&apos;s certificate.</source>
        <translation>The signature value does not match the signer&apos;s certificate.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="37"/>
        <source>The signer&apos;s certificate was revoked before the document was signed.</source>
        <translation>The signer&apos;s certificate was revoked before the document was signed.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="39"/>
        <source>The signer&apos;s certificate has been revoked and no time stamp proves the document was signed before that.</source>
        <translation>The signer&apos;s certificate has been revoked and no time stamp proves the document was signed before that.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="42"/>
        <source>The signer&apos;s certificate does not lead to a trusted certification authority.</source>
        <translation>The signer&apos;s certificate does not lead to a trusted certification authority.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="45"/>
        <source>The signer&apos;s certificate chain could not be checked.</source>
        <translation>The signer&apos;s certificate chain could not be checked.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="47"/>
        <source>The signer&apos;s certificate was expired or not yet valid at the signing time, and no time stamp proves otherwise.</source>
        <translation>The signer&apos;s certificate was expired or not yet valid at the signing time, and no time stamp proves otherwise.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="50"/>
        <source>The signer&apos;s certificate has expired since signing; it was not revoked.</source>
        <translation>The signer&apos;s certificate has expired since signing; it was not revoked.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="53"/>
        <source>The revocation status of the certificate is not available yet; check again later.</source>
        <translation>The revocation status of the certificate is not available yet; check again later.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="56"/>
        <source>The certificate chain breaks the rules its authorities set.</source>
        <translation>The certificate chain breaks the rules its authorities set.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="58"/>
        <source>The signature uses an algorithm or key size that is no longer accepted.</source>
        <translation>The signature uses an algorithm or key size that is no longer accepted.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="61"/>
        <source>The time stamps of this signature are not in a possible order.</source>
        <translation>The time stamps of this signature are not in a possible order.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="63"/>
        <source>The signer&apos;s certificate was not yet valid at the signing time.</source>
        <translation>The signer&apos;s certificate was not yet valid at the signing time.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="65"/>
        <source>The signer&apos;s certificate had expired at the signing time.</source>
        <translation>The signer&apos;s certificate had expired at the signing time.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="67"/>
        <source>The signature lacks attributes the validation policy requires.</source>
        <translation>The signature lacks attributes the validation policy requires.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="69"/>
        <source>The signature policy could not be processed.</source>
        <translation>The signature policy could not be processed.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="71"/>
        <source>The signature policy the signature names is not available.</source>
        <translation>The signature policy the signature names is not available.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="73"/>
        <source>The signer&apos;s certificate is missing from the signature.</source>
        <translation>The signer&apos;s certificate is missing from the signature.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="75"/>
        <source>A certification authority in the chain has been revoked and no time stamp proves the document was signed before that.</source>
        <translation>A certification authority in the chain has been revoked and no time stamp proves the document was signed before that.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="78"/>
        <source>The revocation information is outside its validity period and no time stamp bridges the gap.</source>
        <translation>The revocation information is outside its validity period and no time stamp bridges the gap.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="81"/>
        <source>The signature uses an algorithm no longer accepted, and no time stamp proves it was made while it still was.</source>
        <translation>The signature uses an algorithm no longer accepted, and no time stamp proves it was made while it still was.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="84"/>
        <source>No proof of existence at the needed time (a time stamp) was found.</source>
        <translation>No proof of existence at the needed time (a time stamp) was found.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="86"/>
        <source>The signed content could not be found.</source>
        <translation>The signed content could not be found.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="88"/>
        <source>The signature could not be confirmed.</source>
        <translation>The signature could not be confirmed.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="97"/>
        <source>No time stamp: the signing time is only what the signer&apos;s computer claimed.</source>
        <translation>No time stamp: the signing time is only what the signer&apos;s computer claimed.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="99"/>
        <source>Technical detail: {detail}</source>
        <translation>Technical detail: {detail}</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="114"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="115"/>
        <source>Valid with warnings</source>
        <translation>Valid with warnings</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="116"/>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="117"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="125"/>
        <source>No change</source>
        <translation>No change</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="126"/>
        <source>Permitted changes only</source>
        <translation>Permitted changes only</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="127"/>
        <source>Changed in a way not permitted</source>
        <translation>Changed in a way not permitted</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="135"/>
        <source>Every signature of this file is valid.</source>
        <translation>Every signature of this file is valid.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="136"/>
        <source>At least one signature of this file is invalid.</source>
        <translation>At least one signature of this file is invalid.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="137"/>
        <source>At least one signature of this file cannot be confirmed.</source>
        <translation>At least one signature of this file cannot be confirmed.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="139"/>
        <source>This file carries no signature.</source>
        <translation>This file carries no signature.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="146"/>
        <source>Document time stamp</source>
        <translation>Document time stamp</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="147"/>
        <source>Leader&apos;s signature</source>
        <translation>Leader&apos;s signature</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="148"/>
        <source>Agency seal</source>
        <translation>Agency seal</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../screens/signing/messages.py" line="17"/>
        <source>Wrong PIN. One more wrong PIN will lock the token.</source>
        <translation>Wrong PIN. One more wrong PIN will lock the token.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="19"/>
        <source>Wrong PIN. Few tries are left before the token locks.</source>
        <translation>Wrong PIN. Few tries are left before the token locks.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="20"/>
        <source>Wrong PIN. Check it and try again.</source>
        <translation>Wrong PIN. Check it and try again.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="25"/>
        <source>The certificate of {name} expired on {date}; it can no longer sign.</source>
        <translation>The certificate of {name} expired on {date}; it can no longer sign.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="28"/>
        <source>The certificate of {name} is only valid from {date}.</source>
        <translation>The certificate of {name} is only valid from {date}.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="36"/>
        <source>The certificate of {name} (serial {serial}) is not registered to your account. Choose your own certificate, or ask the administrator to bind it.</source>
        <translation>The certificate of {name} (serial {serial}) is not registered to your account. Choose your own certificate, or ask the administrator to bind it.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="41"/>
        <source>Signatures at level {level} need a time-stamping authority, and none is configured on this computer.</source>
        <translation>Signatures at level {level} need a time-stamping authority, and none is configured on this computer.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="44"/>
        <source>Choose a certificate on a token or a certificate file first.</source>
        <translation>Choose a certificate on a token or a certificate file first.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="49"/>
        <source>The token&apos;s PIN is locked. Only its security officer can unlock it.</source>
        <translation>The token&apos;s PIN is locked. Only its security officer can unlock it.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="51"/>
        <source>The token is not plugged in. Plug it in and try again.</source>
        <translation>The token is not plugged in. Plug it in and try again.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="53"/>
        <source>The chosen certificate is no longer on the token.</source>
        <translation>The chosen certificate is no longer on the token.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="55"/>
        <source>The token holds the certificate but not its private key.</source>
        <translation>The token holds the certificate but not its private key.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="57"/>
        <source>The token did not work: {detail}</source>
        <translation>The token did not work: {detail}</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="58"/>
        <source>The certificate file cannot be opened: wrong passphrase or damaged file.</source>
        <translation>The certificate file cannot be opened: wrong passphrase or damaged file.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="60"/>
        <source>The time-stamping authority did not answer; nothing was signed. Try again later.</source>
        <translation>The time-stamping authority did not answer; nothing was signed. Try again later.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="63"/>
        <source>The certificate&apos;s revocation status could not be confirmed: it may be revoked, or its authority cannot be reached.</source>
        <translation>The certificate&apos;s revocation status could not be confirmed: it may be revoked, or its authority cannot be reached.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="67"/>
        <source>The document&apos;s file is not a PDF that can be signed.</source>
        <translation>The document&apos;s file is not a PDF that can be signed.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="76"/>
        <source>Signing failed: {detail}</source>
        <translation>Signing failed: {detail}</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="94"/>
        <source>PIN: no wrong attempt recorded.</source>
        <translation>PIN: no wrong attempt recorded.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="95"/>
        <source>A wrong PIN was entered recently: few tries are left.</source>
        <translation>A wrong PIN was entered recently: few tries are left.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="97"/>
        <source>Last try: one more wrong PIN locks the token.</source>
        <translation>Last try: one more wrong PIN locks the token.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="99"/>
        <source>The PIN is locked: this token cannot sign.</source>
        <translation>The PIN is locked: this token cannot sign.</translation>
    </message>
</context>
<context>
    <name>SpeakersBox</name>
    <message>
        <location filename="../screens/meetings/speakers.py" line="124"/>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="125"/>
        <source>Request to speak</source>
        <translation>Request to speak</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="126"/>
        <source>Give the floor to the next</source>
        <translation>Give the floor to the next</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="127"/>
        <source>End speech</source>
        <translation>End speech</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="128"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="129"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="156"/>
        <source>Nobody has the floor.</source>
        <translation>Nobody has the floor.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="160"/>
        <source>Speaking: %1</source>
        <translation>Speaking: %1</translation>
    </message>
</context>
<context>
    <name>StepController</name>
    <message>
        <location filename="../screens/document/steps.py" line="57"/>
        <source>Present to a leader</source>
        <translation>Present to a leader</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="58"/>
        <source>Leader who will give the direction:</source>
        <translation>Leader who will give the direction:</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="60"/>
        <source>Submit for signature</source>
        <translation>Submit for signature</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="60"/>
        <source>Leader who will sign:</source>
        <translation>Leader who will sign:</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="64"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="64"/>
        <source>Note on the result (optional):</source>
        <translation>Note on the result (optional):</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="67"/>
        <source>Return for changes</source>
        <translation>Return for changes</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="67"/>
        <source>What must change:</source>
        <translation>What must change:</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="70"/>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="70"/>
        <source>Reason for revoking:</source>
        <translation>Reason for revoking:</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="72"/>
        <source>Return to sender</source>
        <translation>Return to sender</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="73"/>
        <source>Why the document is returned (the sender receives this reason):</source>
        <translation>Why the document is returned (the sender receives this reason):</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="114"/>
        <source>New version (PDF)</source>
        <translation>New version (PDF)</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="156"/>
        <source>Done: {step}.</source>
        <translation>Done: {step}.</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="160"/>
        <source>Registered with arrival number {n}.</source>
        <translation>Registered with arrival number {n}.</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="166"/>
        <source>Possible duplicate of document(s) {ids}: same number, notation and issuing organ.</source>
        <translation>Possible duplicate of document(s) {ids}: same number, notation and issuing organ.</translation>
    </message>
</context>
<context>
    <name>ToSignView</name>
    <message>
        <location filename="../screens/signing/view.py" line="93"/>
        <source>Documents to sign</source>
        <translation>Documents to sign</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="94"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="94"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="94"/>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="95"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="96"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="96"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="97"/>
        <source>Results of the last signing</source>
        <translation>Results of the last signing</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="98"/>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="99"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/signing/view.py" line="157"/>
        <source>Sign %n document(s)…</source>
        <translation>
            <numerusform>Sign %n document(s)…</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="160"/>
        <source>No document is waiting for your signature.</source>
        <translation>No document is waiting for your signature.</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="180"/>
        <source>%v of %m signed or tried</source>
        <translation>%v of %m signed or tried</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="197"/>
        <source>Signed {signed} of {total} document(s).</source>
        <translation>Signed {signed} of {total} document(s).</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="212"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../itemmodels/units.py" line="33"/>
        <source>All units</source>
        <translation>All units</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../screens/admin/dialogs.py" line="62"/>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="62"/>
        <source>Edit account</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="68"/>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="71"/>
        <source>Account active</source>
        <translation>Account active</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="73"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="74"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="75"/>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="76"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="77"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="79"/>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="84"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="88"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="93"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="93"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="94"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="121"/>
        <source>Enter a user name and a full name.</source>
        <translation>Enter a user name and a full name.</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="123"/>
        <source>Tick at least one role.</source>
        <translation>Tick at least one role.</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="125"/>
        <source>Enter or generate a password.</source>
        <translation>Enter or generate a password.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../screens/admin/users.py" line="52"/>
        <source>Search accounts…</source>
        <translation>Search accounts…</translation>
    </message>
    <message>
        <location filename="../screens/admin/users.py" line="54"/>
        <source>New account…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <location filename="../screens/admin/users.py" line="55"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../screens/admin/users.py" line="56"/>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../screens/admin/users.py" line="134"/>
        <source>Account {username} created.</source>
        <translation>Account {username} created.</translation>
    </message>
    <message>
        <location filename="../screens/admin/users.py" line="145"/>
        <source>Account {username} saved.</source>
        <translation>Account {username} saved.</translation>
    </message>
    <message>
        <location filename="../screens/admin/users.py" line="155"/>
        <source>New password of {username}: {password}</source>
        <translation>New password of {username}: {password}</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../screens/document/dialogs.py" line="148"/>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="149"/>
        <source>What changed in {name}:</source>
        <translation>What changed in {name}:</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <location filename="../screens/meetings/votes.py" line="86"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="89"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="89"/>
        <source>Named (signed)</source>
        <translation>Named (signed)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="90"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="92"/>
        <source>Motion to vote on</source>
        <translation>Motion to vote on</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="93"/>
        <source>Open vote</source>
        <translation>Open vote</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="94"/>
        <source>Close vote</source>
        <translation>Close vote</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="97"/>
        <source>In favour</source>
        <translation>In favour</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="97"/>
        <source>Against</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="97"/>
        <source>Abstain</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="113"/>
        <source>No vote on this item yet.</source>
        <translation>No vote on this item yet.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="125"/>
        <source>open vote</source>
        <translation>open vote</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="125"/>
        <source>named vote</source>
        <translation>named vote</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="126"/>
        <source>secret ballot</source>
        <translation>secret ballot</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="128"/>
        <source> — you have voted</source>
        <translation> — you have voted</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="129"/>
        <source>Voting (%1): %2 of %3 seats have voted%4</source>
        <translation>Voting (%1): %2 of %3 seats have voted%4</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="132"/>
        <source>adopted</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="132"/>
        <source>not adopted</source>
        <translation>not adopted</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="133"/>
        <source>Closed (%1): %2</source>
        <translation>Closed (%1): %2</translation>
    </message>
</context>
<context>
    <name>WorkflowDialogs</name>
    <message>
        <location filename="../screens/document/dialogs.py" line="81"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="83"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
