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
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="19"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../labels.py" line="20"/>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../labels.py" line="21"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../labels.py" line="22"/>
        <source>Unit head</source>
        <translation>Unit head</translation>
    </message>
    <message>
        <location filename="../labels.py" line="23"/>
        <source>Agency leader</source>
        <translation>Agency leader</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>Cabinet member</source>
        <translation>Cabinet member</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25"/>
        <source>Meeting secretary</source>
        <translation>Meeting secretary</translation>
    </message>
    <message>
        <location filename="../labels.py" line="43"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46"/>
        <source>Session expired</source>
        <translation>Session expired</translation>
    </message>
    <message>
        <location filename="../labels.py" line="47"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../labels.py" line="61"/>
        <source>Agency created</source>
        <translation>Agency created</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62"/>
        <source>Agency changed</source>
        <translation>Agency changed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="63"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64"/>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../labels.py" line="65"/>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location filename="../labels.py" line="66"/>
        <source>Sign-in refused (locked)</source>
        <translation>Sign-in refused (locked)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="68"/>
        <source>Sign-in refused (disabled)</source>
        <translation>Sign-in refused (disabled)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="70"/>
        <source>Account locked</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location filename="../labels.py" line="71"/>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="72"/>
        <source>Certificate added</source>
        <translation>Certificate added</translation>
    </message>
    <message>
        <location filename="../labels.py" line="73"/>
        <source>Certificate removed</source>
        <translation>Certificate removed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="74"/>
        <source>Unit created</source>
        <translation>Unit created</translation>
    </message>
    <message>
        <location filename="../labels.py" line="75"/>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location filename="../labels.py" line="76"/>
        <source>Account changed</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <location filename="../labels.py" line="77"/>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../labels.py" line="78"/>
        <source>Signature image set</source>
        <translation>Signature image set</translation>
    </message>
    <message>
        <location filename="../labels.py" line="100"/>
        <source>New account: {name} ({username})</source>
        <translation>New account: {name} ({username})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="104"/>
        <source>Account {username} locked after failed logins, until {until}</source>
        <translation>Account {username} locked after failed logins, until {until}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="107"/>
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
    <name>Navigation</name>
    <message>
        <location filename="../navigation.py" line="60"/>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="63"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="66"/>
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
        <location filename="../app.py" line="138"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Your session has expired. Please sign in again.</translation>
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
</TS>
