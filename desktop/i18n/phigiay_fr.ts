<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountView</name>
    <message>
        <location filename="../screens/account/view.py" line="51"/>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="72"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="75"/>
        <source>Full name:</source>
        <translation>Nom complet :</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="76"/>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="77"/>
        <source>Position:</source>
        <translation>Fonction :</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="78"/>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="79"/>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="80"/>
        <source>Agency:</source>
        <translation>Organisme :</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="81"/>
        <source>Password changed:</source>
        <translation>Mot de passe changé le :</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="91"/>
        <location filename="../screens/account/view.py" line="95"/>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="98"/>
        <source>Current password:</source>
        <translation>Mot de passe actuel :</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="99"/>
        <source>New password:</source>
        <translation>Nouveau mot de passe :</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="100"/>
        <source>Repeat new password:</source>
        <translation>Répéter le nouveau mot de passe :</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="108"/>
        <location filename="../screens/account/view.py" line="183"/>
        <source>Signature image</source>
        <translation>Image de signature</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="109"/>
        <source>No signature image yet.</source>
        <translation>Pas encore d&apos;image de signature.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="114"/>
        <source>Upload PNG…</source>
        <translation>Téléverser un PNG…</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="116"/>
        <source>A transparent PNG of your handwritten signature.</source>
        <translation>Un PNG transparent de votre signature manuscrite.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="125"/>
        <source>Signing certificates</source>
        <translation>Certificats de signature</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="128"/>
        <source>Add certificate…</source>
        <translation>Ajouter un certificat…</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="129"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="147"/>
        <source>Enter your current and new password.</source>
        <translation>Saisissez le mot de passe actuel et le nouveau.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="150"/>
        <source>The new passwords do not match.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="160"/>
        <source>Password changed. Your other sessions have been signed out.</source>
        <translation>Mot de passe changé. Vos autres sessions ont été fermées.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="175"/>
        <source>The image cannot be shown.</source>
        <translation>L&apos;image ne peut pas être affichée.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="183"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="198"/>
        <source>Signature image saved.</source>
        <translation>Image de signature enregistrée.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="213"/>
        <source>{subject}
Issued by {issuer}; valid {start} – {end}</source>
        <translation>{subject}
Émis par {issuer} ; valide du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="221"/>
        <source>No certificate bound yet.</source>
        <translation>Aucun certificat associé.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="226"/>
        <source>Signing certificate</source>
        <translation>Certificat de signature</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="227"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="236"/>
        <source>Certificate added.</source>
        <translation>Certificat ajouté.</translation>
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
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../screens/admin/view.py" line="28"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../itemmodels/audit.py" line="71"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../itemmodels/audit.py" line="72"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../itemmodels/audit.py" line="73"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../itemmodels/audit.py" line="74"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../itemmodels/audit.py" line="75"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../itemmodels/audit.py" line="76"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../itemmodels/audit.py" line="91"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../screens/admin/audit.py" line="32"/>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../screens/admin/audit.py" line="33"/>
        <source>Newest</source>
        <translation>Les plus récentes</translation>
    </message>
    <message>
        <location filename="../screens/admin/audit.py" line="34"/>
        <source>Older entries</source>
        <translation>Plus anciennes</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/admin/audit.py" line="105"/>
        <source>The audit chain is intact: %n entries checked.</source>
        <translation>
            <numerusform>La chaîne d&apos;audit est intacte : %n entrée vérifiée.</numerusform>
            <numerusform>La chaîne d&apos;audit est intacte : %n entrées vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/admin/audit.py" line="110"/>
        <source>The audit chain is BROKEN ({count} problem(s)):</source>
        <translation>La chaîne d&apos;audit est ROMPUE ({count} problème(s)) :</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <location filename="../screens/directory/view.py" line="91"/>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <location filename="../screens/directory/view.py" line="93"/>
        <source>Search by name, position, unit… (with or without diacritics)</source>
        <translation>Chercher par nom, fonction, unité… (avec ou sans accents)</translation>
    </message>
    <message>
        <location filename="../screens/directory/view.py" line="94"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../screens/directory/view.py" line="96"/>
        <location filename="../screens/directory/view.py" line="116"/>
        <source>All units</source>
        <translation>Toutes les unités</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/directory/view.py" line="138"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../messages.py" line="14"/>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="17"/>
        <source>The server cannot be reached. Check its address and the network.</source>
        <translation>Le serveur est injoignable. Vérifiez son adresse et le réseau.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="20"/>
        <source>The server&apos;s answer was not understood. Is this a phigiay server?</source>
        <translation>La réponse du serveur est incompréhensible. Est-ce bien un serveur phigiay ?</translation>
    </message>
    <message>
        <location filename="../messages.py" line="25"/>
        <source>The server refused the request ({code}).</source>
        <translation>Le serveur a refusé la requête ({code}).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="28"/>
        <source>The file could not be read: {error}</source>
        <translation>Le fichier n&apos;a pas pu être lu : {error}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="30"/>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue : {error}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="19"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../labels.py" line="20"/>
        <source>Clerk</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <location filename="../labels.py" line="21"/>
        <source>Officer</source>
        <translation>Chargé de dossiers</translation>
    </message>
    <message>
        <location filename="../labels.py" line="22"/>
        <source>Unit head</source>
        <translation>Chef d&apos;unité</translation>
    </message>
    <message>
        <location filename="../labels.py" line="23"/>
        <source>Agency leader</source>
        <translation>Direction de l&apos;organisme</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>Cabinet member</source>
        <translation>Membre du gouvernement</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25"/>
        <source>Meeting secretary</source>
        <translation>Secrétaire de séance</translation>
    </message>
    <message>
        <location filename="../labels.py" line="43"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46"/>
        <source>Session expired</source>
        <translation>Session expirée</translation>
    </message>
    <message>
        <location filename="../labels.py" line="47"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../labels.py" line="61"/>
        <source>Agency created</source>
        <translation>Organisme créé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62"/>
        <source>Agency changed</source>
        <translation>Organisme modifié</translation>
    </message>
    <message>
        <location filename="../labels.py" line="63"/>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64"/>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location filename="../labels.py" line="65"/>
        <source>Failed sign-in</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <location filename="../labels.py" line="66"/>
        <source>Sign-in refused (locked)</source>
        <translation>Connexion refusée (verrouillé)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="68"/>
        <source>Sign-in refused (disabled)</source>
        <translation>Connexion refusée (désactivé)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="70"/>
        <source>Account locked</source>
        <translation>Compte verrouillé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="71"/>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="72"/>
        <source>Certificate added</source>
        <translation>Certificat ajouté</translation>
    </message>
    <message>
        <location filename="../labels.py" line="73"/>
        <source>Certificate removed</source>
        <translation>Certificat retiré</translation>
    </message>
    <message>
        <location filename="../labels.py" line="74"/>
        <source>Unit created</source>
        <translation>Unité créée</translation>
    </message>
    <message>
        <location filename="../labels.py" line="75"/>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="76"/>
        <source>Account changed</source>
        <translation>Compte modifié</translation>
    </message>
    <message>
        <location filename="../labels.py" line="77"/>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="78"/>
        <source>Signature image set</source>
        <translation>Image de signature définie</translation>
    </message>
    <message>
        <location filename="../labels.py" line="100"/>
        <source>New account: {name} ({username})</source>
        <translation>Nouveau compte : {name} ({username})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="104"/>
        <source>Account {username} locked after failed logins, until {until}</source>
        <translation>Compte {username} verrouillé après des échecs de connexion, jusqu&apos;à {until}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="107"/>
        <source>Event: {kind}</source>
        <translation>Événement : {kind}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../screens/login/view.py" line="139"/>
        <source>Sign in — phigiay</source>
        <translation>Connexion — phigiay</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="140"/>
        <source>phigiay</source>
        <translation>phigiay</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="141"/>
        <source>Paperless office: documents, signing and meetings</source>
        <translation>Bureau sans papier : documents, signature et réunions</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="142"/>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="142"/>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="142"/>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="143"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="146"/>
        <source>e.g. https://vanban.example.gov.vn</source>
        <translation>p. ex. https://vanban.example.gov.vn</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="147"/>
        <location filename="../screens/login/view.py" line="208"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="148"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="151"/>
        <source>No system keyring is available: your session is kept only until you quit.</source>
        <translation>Aucun trousseau système disponible : la session n&apos;est gardée que jusqu&apos;à la fermeture.</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="155"/>
        <source>Demo server</source>
        <translation>Serveur de démonstration</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="157"/>
        <source>Every demo person has the password {password}. Choose whom to sign in as:</source>
        <translation>Chaque personne de démonstration a le mot de passe {password}. Choisissez sous quel nom vous connecter :</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="198"/>
        <source>Enter the server address, your user name and password.</source>
        <translation>Saisissez l&apos;adresse du serveur, votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="208"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
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
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="148"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="149"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="150"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="151"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="190"/>
        <source>Live updates from the server</source>
        <translation>Mises à jour en direct du serveur</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/shell/view.py" line="220"/>
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n notification non lue</numerusform>
            <numerusform>%n notifications non lues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../navigation.py" line="60"/>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="63"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="66"/>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
</context>
<context>
    <name>NotificationList</name>
    <message>
        <location filename="../screens/shell/notifications.py" line="45"/>
        <source>No notifications yet.</source>
        <translation>Aucune notification.</translation>
    </message>
    <message>
        <location filename="../screens/shell/notifications.py" line="46"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../screens/admin/dialogs.py" line="162"/>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="165"/>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="171"/>
        <source>Person:</source>
        <translation>Personne :</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="173"/>
        <source>New password:</source>
        <translation>Nouveau mot de passe :</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="174"/>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="174"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../itemmodels/people.py" line="85"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../itemmodels/people.py" line="86"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../itemmodels/people.py" line="87"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../itemmodels/people.py" line="88"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../itemmodels/people.py" line="89"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../itemmodels/people.py" line="90"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
</context>
<context>
    <name>PhigiayApp</name>
    <message>
        <location filename="../app.py" line="138"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../itemmodels/units.py" line="33"/>
        <source>All units</source>
        <translation>Toutes les unités</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../screens/admin/dialogs.py" line="62"/>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="62"/>
        <source>Edit account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="68"/>
        <source>(no unit)</source>
        <translation>(aucune unité)</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="71"/>
        <source>Account active</source>
        <translation>Compte actif</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="73"/>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="74"/>
        <source>Full name:</source>
        <translation>Nom complet :</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="75"/>
        <source>Position:</source>
        <translation>Fonction :</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="76"/>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="77"/>
        <source>Unit:</source>
        <translation>Unité :</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="79"/>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="84"/>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="88"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="93"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="93"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="94"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="121"/>
        <source>Enter a user name and a full name.</source>
        <translation>Saisissez un nom d&apos;utilisateur et un nom complet.</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="123"/>
        <source>Tick at least one role.</source>
        <translation>Cochez au moins un rôle.</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="125"/>
        <source>Enter or generate a password.</source>
        <translation>Saisissez ou générez un mot de passe.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../screens/admin/users.py" line="52"/>
        <source>Search accounts…</source>
        <translation>Chercher un compte…</translation>
    </message>
    <message>
        <location filename="../screens/admin/users.py" line="54"/>
        <source>New account…</source>
        <translation>Nouveau compte…</translation>
    </message>
    <message>
        <location filename="../screens/admin/users.py" line="55"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../screens/admin/users.py" line="56"/>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location filename="../screens/admin/users.py" line="134"/>
        <source>Account {username} created.</source>
        <translation>Compte {username} créé.</translation>
    </message>
    <message>
        <location filename="../screens/admin/users.py" line="145"/>
        <source>Account {username} saved.</source>
        <translation>Compte {username} enregistré.</translation>
    </message>
    <message>
        <location filename="../screens/admin/users.py" line="155"/>
        <source>New password of {username}: {password}</source>
        <translation>Nouveau mot de passe de {username} : {password}</translation>
    </message>
</context>
</TS>
