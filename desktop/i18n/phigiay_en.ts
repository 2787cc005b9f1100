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
        <location filename="../doclabels.py" line="92"/>
        <location filename="../doclabels.py" line="99"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="25"/>
        <location filename="../doclabels.py" line="100"/>
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
        <location filename="../doclabels.py" line="102"/>
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
        <location filename="../doclabels.py" line="104"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="30"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="31"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="32"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="33"/>
        <source>Awaiting signature</source>
        <translation>Awaiting signature</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="34"/>
        <location filename="../doclabels.py" line="111"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="35"/>
        <location filename="../doclabels.py" line="112"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="36"/>
        <location filename="../doclabels.py" line="113"/>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="37"/>
        <location filename="../doclabels.py" line="114"/>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="43"/>
        <location filename="../doclabels.py" line="53"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="44"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="45"/>
        <source>Very urgent</source>
        <translation>Very urgent</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="46"/>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="47"/>
        <source>Flash (timed)</source>
        <translation>Flash (timed)</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="54"/>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="55"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="56"/>
        <source>Top secret</source>
        <translation>Top secret</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="62"/>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="63"/>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="64"/>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="70"/>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="71"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="72"/>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="73"/>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="74"/>
        <location filename="../doclabels.py" line="117"/>
        <location filename="../doclabels.py" line="129"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="80"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="81"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="82"/>
        <source>For information</source>
        <translation>For information</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="88"/>
        <location filename="../doclabels.py" line="89"/>
        <source>Not sent yet</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="90"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="91"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="93"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="101"/>
        <source>Presented to a leader</source>
        <translation>Presented to a leader</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="103"/>
        <source>Assigned to an officer</source>
        <translation>Assigned to an officer</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="105"/>
        <source>Draft created</source>
        <translation>Draft created</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="106"/>
        <source>Submitted for review</source>
        <translation>Submitted for review</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="107"/>
        <source>Returned for changes</source>
        <translation>Returned for changes</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="108"/>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="109"/>
        <source>Initialed</source>
        <translation>Initialed</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="110"/>
        <source>Submitted for signature</source>
        <translation>Submitted for signature</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="115"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="116"/>
        <source>Deadline approaching</source>
        <translation>Deadline approaching</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="123"/>
        <source>To register</source>
        <translation>To register</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="124"/>
        <source>To direct</source>
        <translation>To direct</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="125"/>
        <source>To process</source>
        <translation>To process</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="126"/>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="127"/>
        <source>To sign</source>
        <translation>To sign</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="128"/>
        <source>To issue</source>
        <translation>To issue</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="130"/>
        <source>My drafts</source>
        <translation>My drafts</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="136"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="137"/>
        <source>Present to leader…</source>
        <translation>Present to leader…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="138"/>
        <source>Direct…</source>
        <translation>Direct…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="139"/>
        <source>Assign officer…</source>
        <translation>Assign officer…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="140"/>
        <source>Complete…</source>
        <translation>Complete…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="141"/>
        <source>New version…</source>
        <translation>New version…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="142"/>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="143"/>
        <source>Return…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="144"/>
        <source>Initial</source>
        <translation>Initial</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="145"/>
        <source>Submit for signature…</source>
        <translation>Submit for signature…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="146"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="147"/>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="223"/>
        <source>{action}: {subject} ({actor})</source>
        <translation>{action}: {subject} ({actor})</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../itemmodels/documents.py" line="114"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="114"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="114"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="115"/>
        <source>From / unit</source>
        <translation>From / unit</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="115"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="115"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="116"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="116"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="121"/>
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
    <name>DocumentView</name>
    <message>
        <location filename="../screens/document/view.py" line="175"/>
        <source>← Back to the list</source>
        <translation>← Back to the list</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="178"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="178"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="178"/>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="179"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="179"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="183"/>
        <source>Versions (click one to show it)</source>
        <translation>Versions (click one to show it)</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="183"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="184"/>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="184"/>
        <source>Recipients and delivery</source>
        <translation>Recipients and delivery</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="186"/>
        <location filename="../screens/document/view.py" line="189"/>
        <location filename="../screens/document/view.py" line="195"/>
        <location filename="../screens/document/view.py" line="196"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="186"/>
        <location filename="../screens/document/view.py" line="196"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="186"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="187"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="187"/>
        <location filename="../screens/document/view.py" line="188"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="188"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="188"/>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="190"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="190"/>
        <source>Organ id</source>
        <translation>Organ id</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="191"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="191"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="192"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="192"/>
        <source>Unit or person</source>
        <translation>Unit or person</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="193"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="193"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="194"/>
        <source>Assigned by</source>
        <translation>Assigned by</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="194"/>
        <location filename="../screens/document/view.py" line="197"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="195"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="195"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="196"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="197"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="198"/>
        <source>Write a comment…</source>
        <translation>Write a comment…</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="199"/>
        <source>About the version shown</source>
        <translation>About the version shown</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="200"/>
        <source>Send comment</source>
        <translation>Send comment</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="285"/>
        <source>Version {n} — loading…</source>
        <translation>Version {n} — loading…</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="297"/>
        <source>Version {n}: this file cannot be shown as a PDF.</source>
        <translation>Version {n}: this file cannot be shown as a PDF.</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/document/view.py" line="302"/>
        <source>Version {n} — %n page(s)</source>
        <translation>
            <numerusform>Version {n} — %n page</numerusform>
            <numerusform>Version {n} — %n pages</numerusform>
        </translation>
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
    <name>FileActions</name>
    <message>
        <location filename="../screens/document/files.py" line="46"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="47"/>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="48"/>
        <source>Add attachment…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="49"/>
        <source>Save the shown version…</source>
        <translation>Save the shown version…</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="98"/>
        <source>Save attachment</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="110"/>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="120"/>
        <source>Saved to {path}.</source>
        <translation>Saved to {path}.</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="126"/>
        <source>Add attachment</source>
        <translation>Add attachment</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../screens/inbox/view.py" line="127"/>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="128"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="129"/>
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="177"/>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/inbox/view.py" line="275"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="277"/>
        <source>(more available)</source>
        <translation>(more available)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="20"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../labels.py" line="21"/>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../labels.py" line="22"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../labels.py" line="23"/>
        <source>Unit head</source>
        <translation>Unit head</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>Agency leader</source>
        <translation>Agency leader</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25"/>
        <source>Cabinet member</source>
        <translation>Cabinet member</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26"/>
        <source>Meeting secretary</source>
        <translation>Meeting secretary</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46"/>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="47"/>
        <source>Session expired</source>
        <translation>Session expired</translation>
    </message>
    <message>
        <location filename="../labels.py" line="48"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62"/>
        <source>Agency created</source>
        <translation>Agency created</translation>
    </message>
    <message>
        <location filename="../labels.py" line="63"/>
        <source>Agency changed</source>
        <translation>Agency changed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../labels.py" line="65"/>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../labels.py" line="66"/>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location filename="../labels.py" line="67"/>
        <source>Sign-in refused (locked)</source>
        <translation>Sign-in refused (locked)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="69"/>
        <source>Sign-in refused (disabled)</source>
        <translation>Sign-in refused (disabled)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="71"/>
        <source>Account locked</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location filename="../labels.py" line="72"/>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="73"/>
        <source>Certificate added</source>
        <translation>Certificate added</translation>
    </message>
    <message>
        <location filename="../labels.py" line="74"/>
        <source>Certificate removed</source>
        <translation>Certificate removed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="75"/>
        <source>Unit created</source>
        <translation>Unit created</translation>
    </message>
    <message>
        <location filename="../labels.py" line="76"/>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location filename="../labels.py" line="77"/>
        <source>Account changed</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="78"/>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../labels.py" line="79"/>
        <source>Signature image set</source>
        <translation>Signature image set</translation>
    </message>
    <message>
        <location filename="../labels.py" line="101"/>
        <source>New account: {name} ({username})</source>
        <translation>New account: {name} ({username})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="105"/>
        <source>Account {username} locked after failed logins, until {until}</source>
        <translation>Account {username} locked after failed logins, until {until}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="110"/>
        <source>Event: {kind}</source>
        <translation>Event: {kind}</translation>
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
        <location filename="../screens/shell/view.py" line="140"/>
        <source>phigiay — {agency}</source>
        <translation>phigiay — {agency}</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="143"/>
        <source>{name} — {roles}</source>
        <translation>{name} — {roles}</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="145"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="146"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="147"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="148"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="149"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="150"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="151"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="190"/>
        <source>Live updates from the server</source>
        <translation>Live updates from the server</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/shell/view.py" line="220"/>
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
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
        <location filename="../navigation.py" line="92"/>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="95"/>
        <source>Receive documents</source>
        <translation>Receive documents</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="97"/>
        <source>New draft</source>
        <translation>New draft</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="102"/>
        <source>Registers and reports</source>
        <translation>Registers and reports</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="105"/>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="108"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="111"/>
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
    <name>PhigiayApp</name>
    <message>
        <location filename="../app.py" line="149"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Your session has expired. Please sign in again.</translation>
    </message>
</context>
<context>
    <name>ReceiveView</name>
    <message>
        <location filename="../screens/receive/view.py" line="129"/>
        <source>Receive an incoming document</source>
        <translation>Receive an incoming document</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="130"/>
        <source>Choose PDF…</source>
        <translation>Choose PDF…</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="132"/>
        <location filename="../screens/receive/view.py" line="292"/>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="133"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="133"/>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="133"/>
        <source>Issuing organ:</source>
        <translation>Issuing organ:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="134"/>
        <source>Organ id:</source>
        <translation>Organ id:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="134"/>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="134"/>
        <source>Notation:</source>
        <translation>Notation:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="135"/>
        <source>Document date:</source>
        <translation>Document date:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="135"/>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="135"/>
        <source>Signer position:</source>
        <translation>Signer position:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="136"/>
        <source>Signer name:</source>
        <translation>Signer name:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="136"/>
        <source>Urgency:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="136"/>
        <source>Confidentiality:</source>
        <translation>Confidentiality:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="137"/>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="139"/>
        <source>Trích yếu, as printed on the document</source>
        <translation>Trích yếu, as printed on the document</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="141"/>
        <source>e.g. BKHĐT-TH</source>
        <translation>e.g. BKHĐT-TH</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="142"/>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="143"/>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="144"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="145"/>
        <source>Present to leader</source>
        <translation>Present to leader</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="146"/>
        <source>Receive another document</source>
        <translation>Receive another document</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="181"/>
        <source>Choose the received PDF</source>
        <translation>Choose the received PDF</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="193"/>
        <source>{name} is not a PDF that can be read.</source>
        <translation>{name} is not a PDF that can be read.</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/receive/view.py" line="198"/>
        <source>{name} — %n page(s)</source>
        <translation>
            <numerusform>{name} — %n page</numerusform>
            <numerusform>{name} — %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="223"/>
        <source>Choose the PDF of the document first.</source>
        <translation>Choose the PDF of the document first.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="226"/>
        <source>The subject and the issuing organ are needed.</source>
        <translation>The subject and the issuing organ are needed.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="242"/>
        <source>Received as document #{id}. Register it to give it an arrival number.</source>
        <translation>Received as document #{id}. Register it to give it an arrival number.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="260"/>
        <source>Arrival number {n}.</source>
        <translation>Arrival number {n}.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="264"/>
        <source>Warning: this may duplicate document(s) {ids} (same number, notation and issuing organ).</source>
        <translation>Warning: this may duplicate document(s) {ids} (same number, notation and issuing organ).</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="280"/>
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
    <name>StepController</name>
    <message>
        <location filename="../screens/document/steps.py" line="56"/>
        <source>Present to a leader</source>
        <translation>Present to a leader</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="57"/>
        <source>Leader who will give the direction:</source>
        <translation>Leader who will give the direction:</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="59"/>
        <source>Submit for signature</source>
        <translation>Submit for signature</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="59"/>
        <source>Leader who will sign:</source>
        <translation>Leader who will sign:</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="63"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="63"/>
        <source>Note on the result (optional):</source>
        <translation>Note on the result (optional):</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="66"/>
        <source>Return for changes</source>
        <translation>Return for changes</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="66"/>
        <source>What must change:</source>
        <translation>What must change:</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="69"/>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="69"/>
        <source>Reason for revoking:</source>
        <translation>Reason for revoking:</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="109"/>
        <source>New version (PDF)</source>
        <translation>New version (PDF)</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="150"/>
        <source>Done: {step}.</source>
        <translation>Done: {step}.</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="154"/>
        <source>Registered with arrival number {n}.</source>
        <translation>Registered with arrival number {n}.</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="160"/>
        <source>Possible duplicate of document(s) {ids}: same number, notation and issuing organ.</source>
        <translation>Possible duplicate of document(s) {ids}: same number, notation and issuing organ.</translation>
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
