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
    <name>AssignDialog</name>
    <message>
        <location filename="../screens/document/dialogs.py" line="265"/>
        <source>Assign an officer</source>
        <translation>Affecter un agent</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="274"/>
        <source>Officer:</source>
        <translation>Agent :</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="275"/>
        <source>Internal deadline:</source>
        <translation>Échéance interne :</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="276"/>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="278"/>
        <source>The leader&apos;s deadline is {date}.</source>
        <translation>L&apos;échéance fixée par la direction est le {date}.</translation>
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
    <name>DirectionDialog</name>
    <message>
        <location filename="../screens/document/dialogs.py" line="206"/>
        <source>Direction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="210"/>
        <source>e.g. Vụ Tổng hợp chủ trì, báo cáo trước ngày…</source>
        <translation>p. ex. Vụ Tổng hợp chủ trì, báo cáo trước ngày…</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="212"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="218"/>
        <source>Search units and people…</source>
        <translation>Rechercher unités et personnes…</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="221"/>
        <source>Direction:</source>
        <translation>Instruction :</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="222"/>
        <source>Lead:</source>
        <translation>Pilote :</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="223"/>
        <source>Deadline:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="225"/>
        <source>Support</source>
        <translation>En appui</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="226"/>
        <source>For information</source>
        <translation>Pour information</translation>
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
    <name>DocumentFilters</name>
    <message>
        <location filename="../screens/inbox/filters.py" line="66"/>
        <source>Search subject, number, organ, text… (with or without diacritics)</source>
        <translation>Rechercher objet, numéro, organisme, texte… (avec ou sans accents)</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="67"/>
        <source>All directions</source>
        <translation>Tous les sens</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="69"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="71"/>
        <location filename="../screens/inbox/filters.py" line="87"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="72"/>
        <source>Any urgency</source>
        <translation>Toute urgence</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="74"/>
        <source>Newest first</source>
        <translation>Plus récents d&apos;abord</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="75"/>
        <source>Oldest first</source>
        <translation>Plus anciens d&apos;abord</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="76"/>
        <source>By deadline</source>
        <translation>Par échéance</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="77"/>
        <source>By arrival number</source>
        <translation>Par numéro d&apos;arrivée</translation>
    </message>
</context>
<context>
    <name>DocumentLabels</name>
    <message>
        <location filename="../doclabels.py" line="24"/>
        <location filename="../doclabels.py" line="92"/>
        <location filename="../doclabels.py" line="99"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="25"/>
        <location filename="../doclabels.py" line="100"/>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="26"/>
        <source>Presented</source>
        <translation>Présenté</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="27"/>
        <location filename="../doclabels.py" line="102"/>
        <source>Directed</source>
        <translation>Instruit</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="28"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="29"/>
        <location filename="../doclabels.py" line="104"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="30"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="31"/>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="32"/>
        <source>Returned</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="33"/>
        <source>Awaiting signature</source>
        <translation>À signer</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="34"/>
        <location filename="../doclabels.py" line="111"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="35"/>
        <location filename="../doclabels.py" line="112"/>
        <source>Issued</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="36"/>
        <location filename="../doclabels.py" line="113"/>
        <source>Revoked</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="37"/>
        <location filename="../doclabels.py" line="114"/>
        <source>Replaced</source>
        <translation>Remplacé</translation>
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
        <translation>Très urgent</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="46"/>
        <source>Flash</source>
        <translation>Immédiat</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="47"/>
        <source>Flash (timed)</source>
        <translation>Immédiat à heure fixe</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="54"/>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="55"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="56"/>
        <source>Top secret</source>
        <translation>Très secret</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="62"/>
        <source>Incoming</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="63"/>
        <source>Outgoing</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="64"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="70"/>
        <source>No deadline</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="71"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="72"/>
        <source>On track</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="73"/>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="74"/>
        <location filename="../doclabels.py" line="117"/>
        <location filename="../doclabels.py" line="129"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="80"/>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="81"/>
        <source>Support</source>
        <translation>En appui</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="82"/>
        <source>For information</source>
        <translation>Pour information</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="88"/>
        <location filename="../doclabels.py" line="89"/>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="90"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="91"/>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="93"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="101"/>
        <source>Presented to a leader</source>
        <translation>Présenté à la direction</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="103"/>
        <source>Assigned to an officer</source>
        <translation>Affecté à un agent</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="105"/>
        <source>Draft created</source>
        <translation>Projet créé</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="106"/>
        <source>Submitted for review</source>
        <translation>Soumis en relecture</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="107"/>
        <source>Returned for changes</source>
        <translation>Renvoyé pour corrections</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="108"/>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="109"/>
        <source>Initialed</source>
        <translation>Paraphé</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="110"/>
        <source>Submitted for signature</source>
        <translation>Soumis à la signature</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="115"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="116"/>
        <source>Deadline approaching</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="123"/>
        <source>To register</source>
        <translation>À enregistrer</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="124"/>
        <source>To direct</source>
        <translation>À instruire</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="125"/>
        <source>To process</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="126"/>
        <source>To review</source>
        <translation>À relire</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="127"/>
        <source>To sign</source>
        <translation>À signer</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="128"/>
        <source>To issue</source>
        <translation>À publier</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="130"/>
        <source>My drafts</source>
        <translation>Mes projets</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="136"/>
        <source>Register</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="137"/>
        <source>Present to leader…</source>
        <translation>Présenter à la direction…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="138"/>
        <source>Direct…</source>
        <translation>Instruire…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="139"/>
        <source>Assign officer…</source>
        <translation>Affecter un agent…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="140"/>
        <source>Complete…</source>
        <translation>Terminer…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="141"/>
        <source>New version…</source>
        <translation>Nouvelle version…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="142"/>
        <source>Submit for review</source>
        <translation>Soumettre en relecture</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="143"/>
        <source>Return…</source>
        <translation>Renvoyer…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="144"/>
        <source>Initial</source>
        <translation>Parapher</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="145"/>
        <source>Submit for signature…</source>
        <translation>Soumettre à la signature…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="146"/>
        <source>Issue</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="147"/>
        <source>Revoke…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="223"/>
        <source>{action}: {subject} ({actor})</source>
        <translation>{action} : {subject} ({actor})</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../itemmodels/documents.py" line="114"/>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="114"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="114"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="115"/>
        <source>From / unit</source>
        <translation>Expéditeur / unité</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="115"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="115"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="116"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="116"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="121"/>
        <source>Arrival {n}</source>
        <translation>Arrivée n° {n}</translation>
    </message>
</context>
<context>
    <name>DocumentPanels</name>
    <message>
        <location filename="../screens/document/panels.py" line="121"/>
        <source>signed</source>
        <translation>signé</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../screens/document/view.py" line="175"/>
        <source>← Back to the list</source>
        <translation>← Retour à la liste</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="178"/>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="178"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="178"/>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="179"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="179"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="183"/>
        <source>Versions (click one to show it)</source>
        <translation>Versions (cliquer pour l&apos;afficher)</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="183"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="184"/>
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="184"/>
        <source>Recipients and delivery</source>
        <translation>Destinataires et remise</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="186"/>
        <location filename="../screens/document/view.py" line="189"/>
        <location filename="../screens/document/view.py" line="195"/>
        <location filename="../screens/document/view.py" line="196"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="186"/>
        <location filename="../screens/document/view.py" line="196"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="186"/>
        <source>Reason</source>
        <translation>Motif</translation>
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
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="188"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="188"/>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="190"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="190"/>
        <source>Organ id</source>
        <translation>Identifiant d&apos;organisme</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="191"/>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="191"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="192"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="192"/>
        <source>Unit or person</source>
        <translation>Unité ou personne</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="193"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="193"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="194"/>
        <source>Assigned by</source>
        <translation>Affecté par</translation>
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
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="195"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="196"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="197"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="198"/>
        <source>Write a comment…</source>
        <translation>Écrire un commentaire…</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="199"/>
        <source>About the version shown</source>
        <translation>Sur la version affichée</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="200"/>
        <source>Send comment</source>
        <translation>Envoyer le commentaire</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="285"/>
        <source>Version {n} — loading…</source>
        <translation>Version {n} — chargement…</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="297"/>
        <source>Version {n}: this file cannot be shown as a PDF.</source>
        <translation>Version {n} : ce fichier ne peut pas être affiché comme PDF.</translation>
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
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="122"/>
        <source>Choose draft PDF…</source>
        <translation>Choisir le PDF du projet…</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="124"/>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="125"/>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="125"/>
        <source>Direction:</source>
        <translation>Sens :</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="125"/>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="126"/>
        <source>Summary:</source>
        <translation>Résumé :</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="126"/>
        <source>Urgency:</source>
        <translation>Urgence :</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="126"/>
        <source>Confidentiality:</source>
        <translation>Confidentialité :</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="127"/>
        <source>Deadline:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="127"/>
        <source>Signing authority:</source>
        <translation>Qualité du signataire :</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="128"/>
        <source>Signer position:</source>
        <translation>Fonction du signataire :</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="128"/>
        <source>Signer name:</source>
        <translation>Nom du signataire :</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="129"/>
        <source>Recipients:</source>
        <translation>Destinataires :</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="129"/>
        <source>External organs:</source>
        <translation>Organismes externes :</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="131"/>
        <source>Legal normative document (own number series)</source>
        <translation>Texte normatif (série de numéros propre)</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="132"/>
        <source>Search units and people…</source>
        <translation>Rechercher unités et personnes…</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="133"/>
        <source>One a line: organ id and name, e.g. 000.00.00.G15 Bộ Tài chính</source>
        <translation>Un par ligne : identifiant et nom, p. ex. 000.00.00.G15 Bộ Tài chính</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="135"/>
        <source>Create draft</source>
        <translation>Créer le projet</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="136"/>
        <source>Submit for review</source>
        <translation>Soumettre en relecture</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="138"/>
        <source>Outgoing</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="139"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="167"/>
        <source>Choose the draft PDF</source>
        <translation>Choisir le PDF du projet</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="177"/>
        <source>{name} is not a PDF that can be read.</source>
        <translation>{name} n&apos;est pas un PDF lisible.</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="204"/>
        <source>Choose the draft PDF first.</source>
        <translation>Choisissez d&apos;abord le PDF du projet.</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="220"/>
        <source>Draft #{id} created. Submit it for review when it is ready.</source>
        <translation>Projet n° {id} créé. Soumettez-le en relecture quand il est prêt.</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="233"/>
        <source>Draft #{id} submitted for review.</source>
        <translation>Projet n° {id} soumis en relecture.</translation>
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
    <name>FileActions</name>
    <message>
        <location filename="../screens/document/files.py" line="46"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="47"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="48"/>
        <source>Add attachment…</source>
        <translation>Ajouter une pièce jointe…</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="49"/>
        <source>Save the shown version…</source>
        <translation>Enregistrer la version affichée…</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="98"/>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="110"/>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="120"/>
        <source>Saved to {path}.</source>
        <translation>Enregistré dans {path}.</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="126"/>
        <source>Add attachment</source>
        <translation>Ajouter une pièce jointe</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../screens/inbox/view.py" line="127"/>
        <source>My work</source>
        <translation>Mon travail</translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="128"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="129"/>
        <source>Load more</source>
        <translation>Charger la suite</translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="177"/>
        <source>All documents</source>
        <translation>Tous les documents</translation>
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
        <translation>(il y en a d&apos;autres)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="20"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../labels.py" line="21"/>
        <source>Clerk</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <location filename="../labels.py" line="22"/>
        <source>Officer</source>
        <translation>Chargé de dossiers</translation>
    </message>
    <message>
        <location filename="../labels.py" line="23"/>
        <source>Unit head</source>
        <translation>Chef d&apos;unité</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>Agency leader</source>
        <translation>Direction de l&apos;organisme</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25"/>
        <source>Cabinet member</source>
        <translation>Membre du gouvernement</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26"/>
        <source>Meeting secretary</source>
        <translation>Secrétaire de séance</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="47"/>
        <source>Session expired</source>
        <translation>Session expirée</translation>
    </message>
    <message>
        <location filename="../labels.py" line="48"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62"/>
        <source>Agency created</source>
        <translation>Organisme créé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="63"/>
        <source>Agency changed</source>
        <translation>Organisme modifié</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64"/>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../labels.py" line="65"/>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location filename="../labels.py" line="66"/>
        <source>Failed sign-in</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <location filename="../labels.py" line="67"/>
        <source>Sign-in refused (locked)</source>
        <translation>Connexion refusée (verrouillé)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="69"/>
        <source>Sign-in refused (disabled)</source>
        <translation>Connexion refusée (désactivé)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="71"/>
        <source>Account locked</source>
        <translation>Compte verrouillé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="72"/>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="73"/>
        <source>Certificate added</source>
        <translation>Certificat ajouté</translation>
    </message>
    <message>
        <location filename="../labels.py" line="74"/>
        <source>Certificate removed</source>
        <translation>Certificat retiré</translation>
    </message>
    <message>
        <location filename="../labels.py" line="75"/>
        <source>Unit created</source>
        <translation>Unité créée</translation>
    </message>
    <message>
        <location filename="../labels.py" line="76"/>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="77"/>
        <source>Account changed</source>
        <translation>Compte modifié</translation>
    </message>
    <message>
        <location filename="../labels.py" line="78"/>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="79"/>
        <source>Signature image set</source>
        <translation>Image de signature définie</translation>
    </message>
    <message>
        <location filename="../labels.py" line="101"/>
        <source>New account: {name} ({username})</source>
        <translation>Nouveau compte : {name} ({username})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="105"/>
        <source>Account {username} locked after failed logins, until {until}</source>
        <translation>Compte {username} verrouillé après des échecs de connexion, jusqu&apos;à {until}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="110"/>
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
    <name>MetadataPanel</name>
    <message>
        <location filename="../screens/document/panels.py" line="51"/>
        <source>{n} on {date}</source>
        <translation>{n} le {date}</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="58"/>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="59"/>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="60"/>
        <source>Direction:</source>
        <translation>Sens :</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="61"/>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="62"/>
        <source>Number, notation:</source>
        <translation>Numéro, référence :</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="63"/>
        <source>Document date:</source>
        <translation>Date du document :</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="64"/>
        <source>Issuing organ:</source>
        <translation>Organisme émetteur :</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="65"/>
        <source>Arrival number:</source>
        <translation>Numéro d&apos;arrivée :</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="66"/>
        <source>Urgency:</source>
        <translation>Urgence :</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="67"/>
        <source>Confidentiality:</source>
        <translation>Confidentialité :</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="69"/>
        <source>Deadline:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="70"/>
        <source>Signer:</source>
        <translation>Signataire :</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="71"/>
        <source>Drafting unit:</source>
        <translation>Unité rédactrice :</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="72"/>
        <source>Presented to:</source>
        <translation>Présenté à :</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="73"/>
        <source>Direction given:</source>
        <translation>Instruction donnée :</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="74"/>
        <source>Summary:</source>
        <translation>Résumé :</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="75"/>
        <source>Created:</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="75"/>
        <source>{time} by {name}</source>
        <translation>{time} par {name}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../navigation.py" line="92"/>
        <source>My work</source>
        <translation>Mon travail</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="95"/>
        <source>Receive documents</source>
        <translation>Réception du courrier</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="97"/>
        <source>New draft</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="102"/>
        <source>Registers and reports</source>
        <translation>Registres et rapports</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="105"/>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="108"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="111"/>
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
        <location filename="../app.py" line="149"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>ReceiveView</name>
    <message>
        <location filename="../screens/receive/view.py" line="129"/>
        <source>Receive an incoming document</source>
        <translation>Recevoir un document</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="130"/>
        <source>Choose PDF…</source>
        <translation>Choisir le PDF…</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="132"/>
        <location filename="../screens/receive/view.py" line="292"/>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="133"/>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="133"/>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="133"/>
        <source>Issuing organ:</source>
        <translation>Organisme émetteur :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="134"/>
        <source>Organ id:</source>
        <translation>Identifiant de l&apos;organisme :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="134"/>
        <source>Number:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="134"/>
        <source>Notation:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="135"/>
        <source>Document date:</source>
        <translation>Date du document :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="135"/>
        <source>Summary:</source>
        <translation>Résumé :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="135"/>
        <source>Signer position:</source>
        <translation>Fonction du signataire :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="136"/>
        <source>Signer name:</source>
        <translation>Nom du signataire :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="136"/>
        <source>Urgency:</source>
        <translation>Urgence :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="136"/>
        <source>Confidentiality:</source>
        <translation>Confidentialité :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="137"/>
        <source>Deadline:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="139"/>
        <source>Trích yếu, as printed on the document</source>
        <translation>Objet (trích yếu), tel qu&apos;imprimé sur le document</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="141"/>
        <source>e.g. BKHĐT-TH</source>
        <translation>p. ex. BKHĐT-TH</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="142"/>
        <source>Receive</source>
        <translation>Recevoir</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="143"/>
        <source>Next steps</source>
        <translation>Étapes suivantes</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="144"/>
        <source>Register</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="145"/>
        <source>Present to leader</source>
        <translation>Présenter à la direction</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="146"/>
        <source>Receive another document</source>
        <translation>Recevoir un autre document</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="181"/>
        <source>Choose the received PDF</source>
        <translation>Choisir le PDF reçu</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="193"/>
        <source>{name} is not a PDF that can be read.</source>
        <translation>{name} n&apos;est pas un PDF lisible.</translation>
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
        <translation>Choisissez d&apos;abord le PDF du document.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="226"/>
        <source>The subject and the issuing organ are needed.</source>
        <translation>L&apos;objet et l&apos;organisme émetteur sont requis.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="242"/>
        <source>Received as document #{id}. Register it to give it an arrival number.</source>
        <translation>Reçu comme document n° {id}. Enregistrez-le pour lui donner un numéro d&apos;arrivée.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="260"/>
        <source>Arrival number {n}.</source>
        <translation>Numéro d&apos;arrivée {n}.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="264"/>
        <source>Warning: this may duplicate document(s) {ids} (same number, notation and issuing organ).</source>
        <translation>Attention : ce document fait peut-être doublon avec {ids} (même numéro, référence et organisme émetteur).</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="280"/>
        <source>Presented to {name}.</source>
        <translation>Présenté à {name}.</translation>
    </message>
</context>
<context>
    <name>RegistersView</name>
    <message>
        <location filename="../screens/registers/view.py" line="106"/>
        <source>Registers and reports</source>
        <translation>Registres et rapports</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="107"/>
        <source>Year:</source>
        <translation>Année :</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="108"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="109"/>
        <source>Registers</source>
        <translation>Registres</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="110"/>
        <source>Processing statistics</source>
        <translation>Statistiques de traitement</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="111"/>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="111"/>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="112"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="112"/>
        <source>Last number</source>
        <translation>Dernier numéro</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="113"/>
        <source>Open incoming register book</source>
        <translation>Ouvrir le registre d&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="114"/>
        <source>Open outgoing register book</source>
        <translation>Ouvrir le registre de départ</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="115"/>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="117"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="117"/>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="117"/>
        <source>Done on time</source>
        <translation>Traités dans les délais</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="117"/>
        <source>Done late</source>
        <translation>Traités en retard</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="118"/>
        <source>Open, on track</source>
        <translation>En cours, dans les délais</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="118"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="118"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="119"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="129"/>
        <source>Incoming register</source>
        <translation>Registre d&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="130"/>
        <source>Outgoing register</source>
        <translation>Registre de départ</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="134"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="134"/>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="135"/>
        <source>Legal normative</source>
        <translation>Normatif</translation>
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
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="219"/>
        <source>Save register book</source>
        <translation>Enregistrer le registre</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="228"/>
        <source>Export statistics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="237"/>
        <source>Saved to {path}.</source>
        <translation>Enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>StepController</name>
    <message>
        <location filename="../screens/document/steps.py" line="56"/>
        <source>Present to a leader</source>
        <translation>Présenter à la direction</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="57"/>
        <source>Leader who will give the direction:</source>
        <translation>Responsable qui donnera l&apos;instruction :</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="59"/>
        <source>Submit for signature</source>
        <translation>Soumettre à la signature</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="59"/>
        <source>Leader who will sign:</source>
        <translation>Responsable signataire :</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="63"/>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="63"/>
        <source>Note on the result (optional):</source>
        <translation>Note sur le résultat (facultatif) :</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="66"/>
        <source>Return for changes</source>
        <translation>Renvoyer pour corrections</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="66"/>
        <source>What must change:</source>
        <translation>Ce qui doit changer :</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="69"/>
        <source>Revoke</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="69"/>
        <source>Reason for revoking:</source>
        <translation>Motif du retrait :</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="109"/>
        <source>New version (PDF)</source>
        <translation>Nouvelle version (PDF)</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="150"/>
        <source>Done: {step}.</source>
        <translation>Fait : {step}.</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="154"/>
        <source>Registered with arrival number {n}.</source>
        <translation>Enregistré sous le numéro d&apos;arrivée {n}.</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="160"/>
        <source>Possible duplicate of document(s) {ids}: same number, notation and issuing organ.</source>
        <translation>Doublon possible de {ids} : même numéro, référence et organisme émetteur.</translation>
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
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../screens/document/dialogs.py" line="148"/>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="149"/>
        <source>What changed in {name}:</source>
        <translation>Ce qui a changé dans {name} :</translation>
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
        <translation>Annuler</translation>
    </message>
</context>
</TS>
