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
    <name>AgendaEditor</name>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="147"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="148"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="148"/>
        <source>Presenter</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="148"/>
        <source>Time allotted</source>
        <translation>Temps imparti</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="150"/>
        <source>Title of the agenda item</source>
        <translation>Intitulé du point</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="151"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="152"/>
        <source>Confidential (only members see it)</source>
        <translation>Confidentiel (réservé aux membres)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="153"/>
        <source>May be adopted without discussion when nobody objects</source>
        <translation>Peut être adopté sans débat si personne ne s&apos;y oppose</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="154"/>
        <source>Add item</source>
        <translation>Ajouter le point</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="155"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="156"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="157"/>
        <location filename="../screens/meetings/agenda_editor.py" line="270"/>
        <source>Remove item</source>
        <translation>Retirer le point</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="158"/>
        <source>Document title (the file name if empty)</source>
        <translation>Titre du document (nom du fichier si vide)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="159"/>
        <source>Why the document is replaced (shown to everyone)</source>
        <translation>Motif du remplacement (visible par tous)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="160"/>
        <source>Attach a PDF…</source>
        <translation>Joindre un PDF…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="161"/>
        <source>Replace the chosen document…</source>
        <translation>Remplacer le document choisi…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="174"/>
        <source>(no presenter)</source>
        <translation>(sans rapporteur)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="182"/>
        <source>presented by %1</source>
        <translation>présenté par %1</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="184"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="186"/>
        <source>confidential</source>
        <translation>confidentiel</translation>
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
            <numerusform>(%n document(s) remplacé(s) ; l&apos;historique est conservé)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="257"/>
        <source>Item added.</source>
        <translation>Point ajouté.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="267"/>
        <source>Agenda order saved.</source>
        <translation>Ordre du jour enregistré.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="278"/>
        <source>Remove “%1” from the agenda?</source>
        <translation>Retirer « %1 » de l&apos;ordre du jour ?</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="280"/>
        <source>The participants were invited and will be told.</source>
        <translation>Les participants ont été invités et en seront informés.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="284"/>
        <source>Item removed from the agenda.</source>
        <translation>Point retiré de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="287"/>
        <source>Choose a PDF</source>
        <translation>Choisir un PDF</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="305"/>
        <source>Document attached.</source>
        <translation>Document joint.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="316"/>
        <source>Write why the document is replaced first.</source>
        <translation>Indiquez d&apos;abord le motif du remplacement.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="330"/>
        <source>Document replaced; everyone was alerted.</source>
        <translation>Document remplacé ; tous les participants ont été avertis.</translation>
    </message>
</context>
<context>
    <name>ArchiveLabels</name>
    <message>
        <location filename="../archivelabels.py" line="14"/>
        <source>Dossier opened</source>
        <translation>Dossier ouvert</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="15"/>
        <source>Document filed</source>
        <translation>Document classé</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="16"/>
        <source>Document taken out</source>
        <translation>Document retiré</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="17"/>
        <source>Dossier closed</source>
        <translation>Dossier clos</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="18"/>
        <source>Package built</source>
        <translation>Paquet construit</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="19"/>
        <source>Dossier transferred</source>
        <translation>Dossier versé</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="20"/>
        <source>Legal hold placed</source>
        <translation>Gel juridique posé</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="21"/>
        <source>Legal hold released</source>
        <translation>Gel juridique levé</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="22"/>
        <source>Disposal approved</source>
        <translation>Élimination approuvée</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="23"/>
        <source>Dossier disposed of</source>
        <translation>Dossier éliminé</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="33"/>
        <source>Transfer {code} to the archive within {days} days: {title}</source>
        <translation>Verser {code} aux archives d&apos;ici {days} jours : {title}</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="37"/>
        <source>Transfer of {code} is overdue since {deadline}: {title}</source>
        <translation>Le versement de {code} est en retard depuis le {deadline} : {title}</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="41"/>
        <source>Fixity check: {count} damaged or missing file(s)</source>
        <translation>Contrôle d&apos;intégrité : {count} fichier(s) endommagé(s) ou manquant(s)</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="44"/>
        <source>Dossier catalogue {year} approved</source>
        <translation>Plan de classement {year} approuvé</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="47"/>
        <source>{action}: {code} {title}</source>
        <translation>{action} : {code} {title}</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <location filename="../screens/archive/view.py" line="112"/>
        <source>Dossiers and archive</source>
        <translation>Dossiers et archives</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="113"/>
        <source>Search dossiers (with or without diacritics)</source>
        <translation>Rechercher des dossiers (avec ou sans diacritiques)</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="116"/>
        <source>Year:</source>
        <translation>Année :</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="116"/>
        <source>Notation:</source>
        <translation>Cote :</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="116"/>
        <source>Title:</source>
        <translation>Intitulé :</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="117"/>
        <source>Retention:</source>
        <translation>Durée de conservation :</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="119"/>
        <source>From the catalogue if left empty</source>
        <translation>Repris du plan de classement si vide</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="122"/>
        <source>Record category, or permanent, or years</source>
        <translation>Catégorie du tableau de gestion, ou définitive, ou nombre d&apos;années</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="123"/>
        <source>Open dossier</source>
        <translation>Ouvrir le dossier</translation>
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
        <translation>Échéances de versement</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="126"/>
        <source>Fixity report</source>
        <translation>Rapport d&apos;intégrité</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="127"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="128"/>
        <source>Transfer by</source>
        <translation>À verser avant le</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="128"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="129"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="129"/>
        <source>Items checked</source>
        <translation>Éléments vérifiés</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="130"/>
        <source>Megabytes</source>
        <translation>Mégaoctets</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="130"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="131"/>
        <source>Check fixity now</source>
        <translation>Vérifier l&apos;intégrité maintenant</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="29"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="30"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="31"/>
        <source>Transferred</source>
        <translation>Versé</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="32"/>
        <source>Disposed</source>
        <translation>Éliminé</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="60"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="61"/>
        <source>Planned, not approved</source>
        <translation>Prévu, non approuvé</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="90"/>
        <source>%1 days overdue</source>
        <translation>En retard de %1 jours</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="92"/>
        <source>%1 days left</source>
        <translation>%1 jours restants</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="76"/>
        <source>No problem found</source>
        <translation>Aucun problème détecté</translation>
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
    <name>AxisLabels</name>
    <message>
        <location filename="../screens/axis/lists.py" line="27"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="28"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="29"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="37"/>
        <source>Status {code}</source>
        <translation>Statut {code}</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="38"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="44"/>
        <source>Waiting for a decision</source>
        <translation>En attente d&apos;une décision</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="45"/>
        <source>Taken in again</source>
        <translation>Reçu à nouveau</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="46"/>
        <source>Dismissed</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="56"/>
        <source>{n} B</source>
        <translation>{n} o</translation>
    </message>
</context>
<context>
    <name>AxisView</name>
    <message>
        <location filename="../screens/axis/view.py" line="97"/>
        <source>National document axis</source>
        <translation>Axe national d&apos;échange de documents</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="99"/>
        <source>Connector:</source>
        <translation>Connecteur :</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="99"/>
        <source>Hub:</source>
        <translation>Concentrateur :</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="99"/>
        <source>Last round:</source>
        <translation>Dernier passage :</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="100"/>
        <source>Last error:</source>
        <translation>Dernière erreur :</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="100"/>
        <source>Outbox:</source>
        <translation>File d&apos;envoi :</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="100"/>
        <source>Quarantine:</source>
        <translation>Quarantaine :</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="103"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="105"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="105"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="105"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="105"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="106"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="106"/>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="106"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="108"/>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="108"/>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="108"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="108"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="109"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="109"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="110"/>
        <source>Send again now</source>
        <translation>Renvoyer maintenant</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="111"/>
        <source>Take in again</source>
        <translation>Recevoir à nouveau</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="112"/>
        <source>Dismiss…</source>
        <translation>Écarter…</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="139"/>
        <source>Enabled, organ {organ}</source>
        <translation>Activé, organisme {organ}</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="140"/>
        <source>Disabled (messages wait in the outbox)</source>
        <translation>Désactivé (les messages attendent dans la file d&apos;envoi)</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="141"/>
        <source>Not configured</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="142"/>
        <source>{time}: {sent} sent, {retried} retried, {failed} failed; received {received}</source>
        <translation>{time} : {sent} envoyés, {retried} renvoyés, {failed} en échec ; reçus {received}</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="146"/>
        <source>No round yet</source>
        <translation>Aucun passage pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="147"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="148"/>
        <source>{pending} waiting, {failed} failed, {sent} sent</source>
        <translation>{pending} en attente, {failed} en échec, {sent} envoyés</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/axis/view.py" line="151"/>
        <source>%n message(s) waiting for a decision</source>
        <translation>
            <numerusform>%n message(s) en attente d&apos;une décision</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="157"/>
        <source>Outbox ({count})</source>
        <translation>File d&apos;envoi ({count})</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="159"/>
        <source>Quarantine ({count})</source>
        <translation>Quarantaine ({count})</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="180"/>
        <source>The message will be sent again in a moment.</source>
        <translation>Le message sera renvoyé dans un instant.</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="187"/>
        <source>The message was taken in; it waits for registration.</source>
        <translation>Le message a été reçu ; le document attend l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="193"/>
        <source>Dismiss this message for good? It stays on record; the sender was already told it was refused.</source>
        <translation>Écarter définitivement ce message ? Il reste conservé ; l&apos;expéditeur a déjà été informé du refus.</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="196"/>
        <source>The message was dismissed.</source>
        <translation>Le message a été écarté.</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="213"/>
        <source>Dismiss message</source>
        <translation>Écarter le message</translation>
    </message>
</context>
<context>
    <name>BallotEditor</name>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="111"/>
        <source>New opinion ballot</source>
        <translation>Nouvelle consultation écrite</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="112"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="112"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="112"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="113"/>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="113"/>
        <source>Draft document</source>
        <translation>Projet de texte</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="114"/>
        <source>One question per line</source>
        <translation>Une question par ligne</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="116"/>
        <source>No document chosen</source>
        <translation>Aucun document choisi</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="117"/>
        <source>Choose a PDF…</source>
        <translation>Choisir un PDF…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="118"/>
        <source>Send the ballot</source>
        <translation>Envoyer la consultation</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="127"/>
        <source>Choose a PDF</source>
        <translation>Choisir un PDF</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="145"/>
        <source>Give the ballot a title, at least one question and one member.</source>
        <translation>Indiquez un titre, au moins une question et au moins un membre.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="148"/>
        <source>The deadline must be in the future.</source>
        <translation>La date limite doit être dans le futur.</translation>
    </message>
</context>
<context>
    <name>BallotInbox</name>
    <message>
        <location filename="../screens/meetings/ballots.py" line="145"/>
        <source>Sign and send my answer</source>
        <translation>Signer et envoyer ma réponse</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="167"/>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="169"/>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="170"/>
        <source>awaiting my answer</source>
        <translation>en attente de ma réponse</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="205"/>
        <source>Deadline: %1</source>
        <translation>Date limite : %1</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="227"/>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="231"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="233"/>
        <source>Time left: %1 days %2</source>
        <translation>Temps restant : %1 j %2</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="236"/>
        <source>Time left: %1</source>
        <translation>Temps restant : %1</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="248"/>
        <source>Answer every question first.</source>
        <translation>Répondez d&apos;abord à toutes les questions.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="252"/>
        <source>Write your other opinion.</source>
        <translation>Précisez votre autre avis.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="272"/>
        <source>Your signed answer is sent.</source>
        <translation>Votre réponse signée est envoyée.</translation>
    </message>
</context>
<context>
    <name>ChairControls</name>
    <message>
        <location filename="../screens/meetings/controls.py" line="67"/>
        <source>Run the meeting</source>
        <translation>Conduite de la réunion</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="68"/>
        <source>Publish</source>
        <translation>Convoquer</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="68"/>
        <source>Check in the selected person</source>
        <translation>Émarger la personne choisie</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="69"/>
        <source>Open the session</source>
        <translation>Ouvrir la séance</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="69"/>
        <source>Adopt the consent block</source>
        <translation>Adopter les points sans débat</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="70"/>
        <source>Next item</source>
        <translation>Point suivant</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="70"/>
        <source>Record the conclusion</source>
        <translation>Enregistrer la conclusion</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="71"/>
        <source>Close the meeting</source>
        <translation>Clore la réunion</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="72"/>
        <source>Conclusion of the chair on the current item</source>
        <translation>Conclusion du président sur le point en cours</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="75"/>
        <source>Draw up the minutes</source>
        <translation>Établir le procès-verbal</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="76"/>
        <source>View the minutes</source>
        <translation>Voir le procès-verbal</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="77"/>
        <source>Sign the minutes</source>
        <translation>Signer le procès-verbal</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="78"/>
        <source>Draft the conclusion notice</source>
        <translation>Rédiger l&apos;avis de conclusions</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="118"/>
        <source>The minutes are not drawn up yet.</source>
        <translation>Le procès-verbal n&apos;est pas encore établi.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="119"/>
        <source>the chair</source>
        <translation>le président</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="119"/>
        <source>the secretary</source>
        <translation>le secrétaire</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="121"/>
        <source>The minutes are final: signed by the chair and the secretary.</source>
        <translation>Le procès-verbal est définitif : signé par le président et le secrétaire.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="123"/>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="123"/>
        <source>Minutes signed by: %1.</source>
        <translation>Procès-verbal signé par : %1.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="125"/>
        <source>Conclusion notice: outgoing document %1.</source>
        <translation>Avis de conclusions : document sortant %1.</translation>
    </message>
</context>
<context>
    <name>CloseDossierDialog</name>
    <message>
        <location filename="../screens/archive/dialogs.py" line="73"/>
        <source>Close dossier</source>
        <translation>Clore le dossier</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialogs.py" line="75"/>
        <source>Closing %1: remove drafts and duplicates first. Dates, document and page counts are completed from the %2 filed documents.</source>
        <translation>Clôture de %1 : retirez d&apos;abord les brouillons et les doublons. Les dates, le nombre de documents et de pages sont complétés à partir des %2 documents classés.</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialogs.py" line="78"/>
        <source>Title:</source>
        <translation>Intitulé :</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialogs.py" line="78"/>
        <source>Retention:</source>
        <translation>Durée de conservation :</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialogs.py" line="79"/>
        <source>Keywords:</source>
        <translation>Mots-clés :</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialogs.py" line="79"/>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialogs.py" line="82"/>
        <source>Separated by commas</source>
        <translation>Séparés par des virgules</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../editing/conflict.py" line="37"/>
        <source>Someone else changed this file</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce fichier</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="43"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; was updated on the server by someone else after you opened it. Your changes have not been sent and are safe on this computer.&lt;br&gt;&lt;br&gt;What should happen to your version?</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; a été mis à jour sur le serveur par quelqu&apos;un d&apos;autre après que vous l&apos;avez ouvert. Vos modifications n&apos;ont pas été envoyées et sont en sécurité sur cet ordinateur.&lt;br&gt;&lt;br&gt;Que faire de votre version ?</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="50"/>
        <source>Keep mine as a new version</source>
        <translation>Garder la mienne comme nouvelle version</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="51"/>
        <source>Send your version; theirs stays in the list of attachments.</source>
        <translation>Envoyer votre version ; la leur reste dans la liste des pièces jointes.</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="52"/>
        <source>Discard mine</source>
        <translation>Abandonner la mienne</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="53"/>
        <source>Continue from their version; yours is kept in a copy beside it.</source>
        <translation>Continuer à partir de leur version ; la vôtre est conservée dans une copie à côté.</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="54"/>
        <source>Open both</source>
        <translation>Ouvrir les deux</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="55"/>
        <source>Open their version next to yours to merge by hand; your next save becomes the newest version.</source>
        <translation>Ouvrir leur version à côté de la vôtre pour fusionner à la main ; votre prochain enregistrement devient la version la plus récente.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../screens/dashboard/view.py" line="95"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="96"/>
        <source>Reload</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="97"/>
        <source>My meetings today</source>
        <translation>Mes réunions du jour</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="98"/>
        <source>No meetings today.</source>
        <translation>Aucune réunion aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="99"/>
        <source>No documents assigned in these weeks.</source>
        <translation>Aucun document attribué pendant ces semaines.</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="110"/>
        <source>Meetings today</source>
        <translation>Réunions du jour</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="178"/>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="180"/>
        <source>the whole agency</source>
        <translation>tout l&apos;organisme</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="181"/>
        <source>my unit</source>
        <translation>mon unité</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="182"/>
        <source>Workload of {whose}, last {n} weeks</source>
        <translation>Charge de travail de {whose}, {n} dernières semaines</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="184"/>
        <source>W{week}</source>
        <translation>S{week}</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="186"/>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="187"/>
        <source>Completed</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="189"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>DemoMenu</name>
    <message>
        <location filename="../screens/shell/demo_menu.py" line="43"/>
        <source>&amp;Demo: switch person</source>
        <translation>&amp;Démo : changer de personne</translation>
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
        <location filename="../doclabels.py" line="94"/>
        <location filename="../doclabels.py" line="101"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="25"/>
        <location filename="../doclabels.py" line="102"/>
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
        <location filename="../doclabels.py" line="104"/>
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
        <location filename="../doclabels.py" line="106"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="30"/>
        <location filename="../doclabels.py" line="117"/>
        <source>Returned to sender</source>
        <translation>Renvoyé à l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="31"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="32"/>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="33"/>
        <source>Returned</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="34"/>
        <source>Awaiting signature</source>
        <translation>À signer</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="35"/>
        <location filename="../doclabels.py" line="113"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="36"/>
        <location filename="../doclabels.py" line="114"/>
        <source>Issued</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="37"/>
        <location filename="../doclabels.py" line="115"/>
        <source>Revoked</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="38"/>
        <location filename="../doclabels.py" line="116"/>
        <source>Replaced</source>
        <translation>Remplacé</translation>
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
        <translation>Très urgent</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="47"/>
        <source>Flash</source>
        <translation>Immédiat</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="48"/>
        <source>Flash (timed)</source>
        <translation>Immédiat à heure fixe</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="55"/>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="56"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="57"/>
        <source>Top secret</source>
        <translation>Très secret</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="63"/>
        <source>Incoming</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="64"/>
        <source>Outgoing</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="65"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="71"/>
        <source>No deadline</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="72"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="73"/>
        <source>On track</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="74"/>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="75"/>
        <location filename="../doclabels.py" line="123"/>
        <location filename="../doclabels.py" line="135"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="81"/>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="82"/>
        <source>Support</source>
        <translation>En appui</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="83"/>
        <source>For information</source>
        <translation>Pour information</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="89"/>
        <location filename="../doclabels.py" line="90"/>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="91"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="92"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="93"/>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="95"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="103"/>
        <source>Presented to a leader</source>
        <translation>Présenté à la direction</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="105"/>
        <source>Assigned to an officer</source>
        <translation>Affecté à un agent</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="107"/>
        <source>Draft created</source>
        <translation>Projet créé</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="108"/>
        <source>Submitted for review</source>
        <translation>Soumis en relecture</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="109"/>
        <source>Returned for changes</source>
        <translation>Renvoyé pour corrections</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="110"/>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="111"/>
        <source>Initialed</source>
        <translation>Paraphé</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="112"/>
        <source>Submitted for signature</source>
        <translation>Soumis à la signature</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="118"/>
        <source>Withdrawn by the sender</source>
        <translation>Retiré par l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="119"/>
        <source>Updated by the sender</source>
        <translation>Mis à jour par l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="120"/>
        <source>Sender&apos;s update taken in as new</source>
        <translation>Mise à jour de l&apos;expéditeur reçue comme nouveau document</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="121"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="122"/>
        <source>Deadline approaching</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="129"/>
        <source>To register</source>
        <translation>À enregistrer</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="130"/>
        <source>To direct</source>
        <translation>À instruire</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="131"/>
        <source>To process</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="132"/>
        <source>To review</source>
        <translation>À relire</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="133"/>
        <source>To sign</source>
        <translation>À signer</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="134"/>
        <source>To issue</source>
        <translation>À publier</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="136"/>
        <source>My drafts</source>
        <translation>Mes projets</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="142"/>
        <source>Register</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="143"/>
        <source>Present to leader…</source>
        <translation>Présenter à la direction…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="144"/>
        <source>Direct…</source>
        <translation>Instruire…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="145"/>
        <source>Assign officer…</source>
        <translation>Affecter un agent…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="146"/>
        <source>Complete…</source>
        <translation>Terminer…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="147"/>
        <source>New version…</source>
        <translation>Nouvelle version…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="148"/>
        <source>Submit for review</source>
        <translation>Soumettre en relecture</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="149"/>
        <source>Return…</source>
        <translation>Renvoyer…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="150"/>
        <source>Initial</source>
        <translation>Parapher</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="151"/>
        <source>Submit for signature…</source>
        <translation>Soumettre à la signature…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="152"/>
        <source>Issue</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="153"/>
        <source>Revoke…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="154"/>
        <source>Reject (return to sender)…</source>
        <translation>Refuser (renvoyer à l&apos;expéditeur)…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="230"/>
        <source>{action}: {subject} ({actor})</source>
        <translation>{action} : {subject} ({actor})</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../itemmodels/documents.py" line="177"/>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="177"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="177"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="178"/>
        <source>From / unit</source>
        <translation>Expéditeur / unité</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="178"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="178"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="179"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="179"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="184"/>
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
    <name>DocumentResults</name>
    <message numerus="yes">
        <location filename="../screens/search/results.py" line="110"/>
        <source>%n document(s) found</source>
        <translation>
            <numerusform>%n document(s) trouvé(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/search/results.py" line="112"/>
        <source>(scroll for more)</source>
        <translation>(faites défiler pour en voir plus)</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../screens/document/view.py" line="75"/>
        <source>Signing…</source>
        <translation>Signature en cours…</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="195"/>
        <source>← Back to the list</source>
        <translation>← Retour à la liste</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="196"/>
        <source>Sign…</source>
        <translation>Signer…</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="199"/>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="199"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="199"/>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="200"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="200"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="200"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="204"/>
        <source>Versions (click one to show it)</source>
        <translation>Versions (cliquer pour l&apos;afficher)</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="204"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="205"/>
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="205"/>
        <source>Recipients and delivery</source>
        <translation>Destinataires et remise</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="207"/>
        <location filename="../screens/document/view.py" line="210"/>
        <location filename="../screens/document/view.py" line="216"/>
        <location filename="../screens/document/view.py" line="217"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="207"/>
        <location filename="../screens/document/view.py" line="217"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="207"/>
        <source>Reason</source>
        <translation>Motif</translation>
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
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="209"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="209"/>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="211"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="211"/>
        <source>Organ id</source>
        <translation>Identifiant d&apos;organisme</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="212"/>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="212"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="213"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="213"/>
        <source>Unit or person</source>
        <translation>Unité ou personne</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="214"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="214"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="215"/>
        <source>Assigned by</source>
        <translation>Affecté par</translation>
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
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="216"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="217"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="218"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="219"/>
        <source>Write a comment…</source>
        <translation>Écrire un commentaire…</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="220"/>
        <source>About the version shown</source>
        <translation>Sur la version affichée</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="221"/>
        <source>Send comment</source>
        <translation>Envoyer le commentaire</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="305"/>
        <source>Signed; the server accepted the signature.</source>
        <translation>Signé ; le serveur a accepté la signature.</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="324"/>
        <source>Version {n} — loading…</source>
        <translation>Version {n} — chargement…</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="335"/>
        <source>Version {n}: this file cannot be shown as a PDF.</source>
        <translation>Version {n} : ce fichier ne peut pas être affiché comme PDF.</translation>
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
        <translation>N°</translation>
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
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="115"/>
        <source>Find a document to file…</source>
        <translation>Trouver un document à classer…</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="116"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="117"/>
        <source>Add to dossier</source>
        <translation>Ajouter au dossier</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="117"/>
        <source>Remove from dossier</source>
        <translation>Retirer du dossier</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="118"/>
        <source>Close dossier…</source>
        <translation>Clore le dossier…</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="118"/>
        <source>Package and export…</source>
        <translation>Empaqueter et exporter…</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="119"/>
        <source>Transfer to the archive</source>
        <translation>Verser aux archives</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="120"/>
        <source>Place legal hold</source>
        <translation>Placer sous gel juridique</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="120"/>
        <source>Release hold</source>
        <translation>Lever le gel</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="121"/>
        <source>Approve disposal</source>
        <translation>Approuver l&apos;élimination</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="122"/>
        <source>Dispose of dossier</source>
        <translation>Éliminer le dossier</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="125"/>
        <source>Reason for the legal hold</source>
        <translation>Motif du gel juridique</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="126"/>
        <source>Approving decision (number and notation)</source>
        <translation>Décision d&apos;approbation (numéro et référence)</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="167"/>
        <source>Choose a dossier on the left, or open a new one.</source>
        <translation>Choisissez un dossier à gauche, ou ouvrez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="179"/>
        <source>State: %1 · Retention: %2 · Creator: %3</source>
        <translation>État : %1 · Conservation : %2 · Producteur : %3</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="184"/>
        <source>From %1 to %2 · %3 documents, %4 pages · transfer by %5</source>
        <translation>Du %1 au %2 · %3 documents, %4 pages · versement avant le %5</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="191"/>
        <source>Keywords: %1</source>
        <translation>Mots-clés : %1</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="192"/>
        <source>Under legal hold: %1</source>
        <translation>Sous gel juridique : %1</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="195"/>
        <source>Disposal approved by decision %1</source>
        <translation>Élimination approuvée par la décision %1</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="197"/>
        <source>Package %1: %2 documents, fingerprint %3…</source>
        <translation>Paquet %1 : %2 documents, empreinte %3…</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="249"/>
        <source>The dossier is closed; its metadata is complete.</source>
        <translation>Le dossier est clos ; ses métadonnées sont complètes.</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="262"/>
        <source>Save the package</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="263"/>
        <source>ZIP files (*.zip)</source>
        <translation>Fichiers ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="280"/>
        <source>The dossier was transferred to the agency archive.</source>
        <translation>Le dossier a été versé aux archives de l&apos;organisme.</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="281"/>
        <source>The package was built, checked and saved.</source>
        <translation>Le paquet a été construit, vérifié et enregistré.</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="328"/>
        <source>The dossier was disposed of; its record is kept.</source>
        <translation>Le dossier a été éliminé ; son procès-verbal est conservé.</translation>
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
    <name>ExtraFilters</name>
    <message>
        <location filename="../screens/search/filters.py" line="59"/>
        <source>Created from</source>
        <translation>Créés du</translation>
    </message>
    <message>
        <location filename="../screens/search/filters.py" line="60"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../screens/search/filters.py" line="61"/>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <location filename="../screens/search/filters.py" line="76"/>
        <source>Any unit</source>
        <translation>Toutes les unités</translation>
    </message>
    <message>
        <location filename="../screens/search/filters.py" line="78"/>
        <source>Any assignee</source>
        <translation>Tous les responsables</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../screens/document/files.py" line="55"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="56"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="58"/>
        <source>Open in the office application; every save is sent as a new version</source>
        <translation>Ouvrir dans la suite bureautique ; chaque enregistrement est envoyé comme nouvelle version</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="59"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="60"/>
        <source>Add attachment…</source>
        <translation>Ajouter une pièce jointe…</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="61"/>
        <source>Save the shown version…</source>
        <translation>Enregistrer la version affichée…</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="133"/>
        <source>{name} is open for editing: each time you save it, it is sent as a new version.</source>
        <translation>{name} est ouvert pour modification : à chaque enregistrement, il est envoyé comme nouvelle version.</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="136"/>
        <source>{name} still had changes that were not sent; they were kept and are being sent now.</source>
        <translation>{name} avait encore des modifications non envoyées ; elles ont été conservées et sont envoyées maintenant.</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="141"/>
        <source>{name}: your changes were saved on the server as a new version.</source>
        <translation>{name} : vos modifications ont été enregistrées sur le serveur comme nouvelle version.</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="152"/>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="164"/>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="174"/>
        <source>Saved to {path}.</source>
        <translation>Enregistré dans {path}.</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="180"/>
        <source>Add attachment</source>
        <translation>Ajouter une pièce jointe</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../screens/inbox/view.py" line="113"/>
        <source>My work</source>
        <translation>Mon travail</translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="114"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="115"/>
        <source>Load more</source>
        <translation>Charger la suite</translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="163"/>
        <source>All documents</source>
        <translation>Tous les documents</translation>
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
        <translation>(il y en a d&apos;autres)</translation>
    </message>
</context>
<context>
    <name>IssueView</name>
    <message>
        <location filename="../screens/issue/view.py" line="133"/>
        <source>Documents to issue</source>
        <translation>Documents à émettre</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="134"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="135"/>
        <source>Signed by:</source>
        <translation>Signé par :</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="135"/>
        <source>Number:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="135"/>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="136"/>
        <source>Agency seal:</source>
        <translation>Cachet de l&apos;organisme :</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="136"/>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="137"/>
        <source>Recipients and delivery</source>
        <translation>Destinataires et remise</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="138"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="138"/>
        <source>Organ id</source>
        <translation>Identifiant de l&apos;organisme</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="139"/>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="139"/>
        <source>Axis status</source>
        <translation>État sur l&apos;axe</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="140"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="141"/>
        <source>Issue: number, date, seal and dispatch</source>
        <translation>Émettre : numéro, date, cachet et envoi</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="169"/>
        <source>No signed document is waiting for issuance.</source>
        <translation>Aucun document signé n&apos;attend d&apos;être émis.</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="198"/>
        <source>Choose a document in the list.</source>
        <translation>Choisissez un document dans la liste.</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="209"/>
        <source>Signed, waiting for issuance</source>
        <translation>Signé, en attente d&apos;émission</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="210"/>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="212"/>
        <source>{number} — the register&apos;s next number; taken when you issue</source>
        <translation>{number} — prochain numéro du registre ; attribué lors de l&apos;émission</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="216"/>
        <source>Applied by the server with the agency&apos;s certificate when you issue.</source>
        <translation>Apposé par le serveur avec le certificat de l&apos;organisme lors de l&apos;émission.</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="222"/>
        <source>Applied.</source>
        <translation>Apposé.</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="251"/>
        <source>Issuing…</source>
        <translation>Émission en cours…</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="259"/>
        <source>Issued as number {number}; sent to the recipients.</source>
        <translation>Émis sous le numéro {number} ; envoyé aux destinataires.</translation>
    </message>
</context>
<context>
    <name>ItemDocuments</name>
    <message>
        <location filename="../screens/meetings/documents.py" line="60"/>
        <source>My private note on this document (only I see it)</source>
        <translation>Ma note personnelle sur ce document (visible par moi seul)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/documents.py" line="61"/>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="27"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>Clerk</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <location filename="../labels.py" line="29"/>
        <source>Officer</source>
        <translation>Chargé de dossiers</translation>
    </message>
    <message>
        <location filename="../labels.py" line="30"/>
        <source>Unit head</source>
        <translation>Chef d&apos;unité</translation>
    </message>
    <message>
        <location filename="../labels.py" line="31"/>
        <source>Agency leader</source>
        <translation>Direction de l&apos;organisme</translation>
    </message>
    <message>
        <location filename="../labels.py" line="32"/>
        <source>Cabinet member</source>
        <translation>Membre du gouvernement</translation>
    </message>
    <message>
        <location filename="../labels.py" line="33"/>
        <source>Meeting secretary</source>
        <translation>Secrétaire de séance</translation>
    </message>
    <message>
        <location filename="../labels.py" line="51"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="52"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="54"/>
        <source>Session expired</source>
        <translation>Session expirée</translation>
    </message>
    <message>
        <location filename="../labels.py" line="55"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../labels.py" line="69"/>
        <source>Agency created</source>
        <translation>Organisme créé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="70"/>
        <source>Agency changed</source>
        <translation>Organisme modifié</translation>
    </message>
    <message>
        <location filename="../labels.py" line="71"/>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../labels.py" line="72"/>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location filename="../labels.py" line="73"/>
        <source>Failed sign-in</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <location filename="../labels.py" line="74"/>
        <source>Sign-in refused (locked)</source>
        <translation>Connexion refusée (verrouillé)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="76"/>
        <source>Sign-in refused (disabled)</source>
        <translation>Connexion refusée (désactivé)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="78"/>
        <source>Account locked</source>
        <translation>Compte verrouillé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="79"/>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="80"/>
        <source>Axis message sent again</source>
        <translation>Message de l&apos;axe renvoyé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="81"/>
        <source>Quarantined axis message taken in again</source>
        <translation>Message en quarantaine reçu à nouveau</translation>
    </message>
    <message>
        <location filename="../labels.py" line="83"/>
        <source>Quarantined axis message dismissed</source>
        <translation>Message en quarantaine écarté</translation>
    </message>
    <message>
        <location filename="../labels.py" line="85"/>
        <source>Holidays added</source>
        <translation>Jours fériés ajoutés</translation>
    </message>
    <message>
        <location filename="../labels.py" line="86"/>
        <source>Attachment added</source>
        <translation>Pièce jointe ajoutée</translation>
    </message>
    <message>
        <location filename="../labels.py" line="87"/>
        <source>Comment added</source>
        <translation>Commentaire ajouté</translation>
    </message>
    <message>
        <location filename="../labels.py" line="88"/>
        <source>Document version added</source>
        <translation>Version du document ajoutée</translation>
    </message>
    <message>
        <location filename="../labels.py" line="89"/>
        <source>Minutes drawn up</source>
        <translation>Procès-verbal établi</translation>
    </message>
    <message>
        <location filename="../labels.py" line="90"/>
        <source>Minutes signed</source>
        <translation>Procès-verbal signé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="91"/>
        <source>Conclusion notice drafted</source>
        <translation>Avis de conclusions rédigé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="93"/>
        <source>Dossier catalogue planned</source>
        <translation>Liste des dossiers planifiée</translation>
    </message>
    <message>
        <location filename="../labels.py" line="95"/>
        <source>Dossier catalogue approved</source>
        <translation>Liste des dossiers approuvée</translation>
    </message>
    <message>
        <location filename="../labels.py" line="97"/>
        <source>Fixity check run</source>
        <translation>Contrôle d&apos;intégrité effectué</translation>
    </message>
    <message>
        <location filename="../labels.py" line="98"/>
        <source>Preservation package exported</source>
        <translation>Paquet d&apos;archivage exporté</translation>
    </message>
    <message>
        <location filename="../labels.py" line="100"/>
        <source>Preservation package verified</source>
        <translation>Paquet d&apos;archivage vérifié</translation>
    </message>
    <message>
        <location filename="../labels.py" line="102"/>
        <source>Retention rule set</source>
        <translation>Durée de conservation fixée</translation>
    </message>
    <message>
        <location filename="../labels.py" line="104"/>
        <source>Archived signatures renewed</source>
        <translation>Signatures archivées renouvelées</translation>
    </message>
    <message>
        <location filename="../labels.py" line="106"/>
        <source>Certificate added</source>
        <translation>Certificat ajouté</translation>
    </message>
    <message>
        <location filename="../labels.py" line="107"/>
        <source>Certificate removed</source>
        <translation>Certificat retiré</translation>
    </message>
    <message>
        <location filename="../labels.py" line="108"/>
        <source>Unit created</source>
        <translation>Unité créée</translation>
    </message>
    <message>
        <location filename="../labels.py" line="109"/>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="110"/>
        <source>Account changed</source>
        <translation>Compte modifié</translation>
    </message>
    <message>
        <location filename="../labels.py" line="111"/>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="112"/>
        <source>Signature image set</source>
        <translation>Image de signature définie</translation>
    </message>
    <message>
        <location filename="../labels.py" line="353"/>
        <source>New account: {name} ({username})</source>
        <translation>Nouveau compte : {name} ({username})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="357"/>
        <source>Account {username} locked after failed logins, until {until}</source>
        <translation>Compte {username} verrouillé après des échecs de connexion, jusqu&apos;à {until}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="298"/>
        <source>The minutes of a meeting were drawn up</source>
        <translation>Le procès-verbal d&apos;une réunion a été établi</translation>
    </message>
    <message>
        <location filename="../labels.py" line="303"/>
        <source>The minutes of a meeting are fully signed</source>
        <translation>Le procès-verbal d&apos;une réunion est entièrement signé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="304"/>
        <source>The minutes of a meeting were signed</source>
        <translation>Le procès-verbal d&apos;une réunion a été signé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="369"/>
        <source>A quarantined axis message was dealt with</source>
        <translation>Un message de l&apos;axe en quarantaine a été traité</translation>
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
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="156"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="157"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="158"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="159"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="160"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="236"/>
        <source>Live updates from the server</source>
        <translation>Mises à jour en direct du serveur</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/shell/view.py" line="270"/>
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n notification non lue</numerusform>
            <numerusform>%n notifications non lues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../screens/meetings/preparation.py" line="80"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="81"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="81"/>
        <source>Kind</source>
        <translation>Type de séance</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="81"/>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="82"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="82"/>
        <source>Chair</source>
        <translation>Président</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="83"/>
        <source>E.g. Regular cabinet meeting of November</source>
        <translation>Par ex. Réunion ordinaire du Gouvernement de novembre</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="86"/>
        <source>Regular meeting</source>
        <translation>Réunion ordinaire</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="87"/>
        <source>Thematic meeting</source>
        <translation>Réunion thématique</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="89"/>
        <source>Participants may attend remotely</source>
        <translation>Participation à distance autorisée</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="90"/>
        <source>Create the meeting</source>
        <translation>Créer la réunion</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="91"/>
        <source>Save the changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
</context>
<context>
    <name>MeetingRoomView</name>
    <message>
        <location filename="../screens/meetings/room.py" line="165"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="166"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="167"/>
        <source>I am here (check in)</source>
        <translation>Je suis présent (émarger)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="168"/>
        <source>Join remotely (check in)</source>
        <translation>Participer à distance (présence)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="209"/>
        <source>Quorum: %1 of %2 seats present (%3 needed)</source>
        <translation>Quorum : %1 sièges présents sur %2 (%3 requis)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="233"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="233"/>
        <source>Published</source>
        <translation>Convoquée</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="234"/>
        <source>In session</source>
        <translation>En séance</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="234"/>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="235"/>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="243"/>
        <source>consent block</source>
        <translation>adoption sans débat</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="245"/>
        <source>concluded</source>
        <translation>conclu</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="255"/>
        <source>Under discussion now</source>
        <translation>En cours de discussion</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="263"/>
        <source>chair</source>
        <translation>président</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="263"/>
        <source>secretary</source>
        <translation>secrétaire</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="264"/>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="264"/>
        <source>substitute</source>
        <translation>suppléant</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="265"/>
        <source>guest</source>
        <translation>invité</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="266"/>
        <source>remote</source>
        <translation>à distance</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="327"/>
        <source>Note saved.</source>
        <translation>Note enregistrée.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="346"/>
        <source>Your vote is recorded.</source>
        <translation>Votre vote est enregistré.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="357"/>
        <source>Write the motion to vote on.</source>
        <translation>Saisissez la motion à mettre aux voix.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="365"/>
        <source>Write the conclusion first.</source>
        <translation>Saisissez d&apos;abord la conclusion.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="416"/>
        <source>Your signature on the minutes is recorded.</source>
        <translation>Votre signature du procès-verbal est enregistrée.</translation>
    </message>
</context>
<context>
    <name>MeetingSigner</name>
    <message>
        <location filename="../screens/meetings/signer.py" line="48"/>
        <source>Choose your signing certificate</source>
        <translation>Choisissez votre certificat de signature</translation>
    </message>
    <message>
        <location filename="../screens/meetings/signer.py" line="53"/>
        <source>Token PIN:</source>
        <translation>Code PIN du jeton :</translation>
    </message>
    <message>
        <location filename="../screens/meetings/signer.py" line="55"/>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../screens/meetings/signer.py" line="57"/>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../screens/meetings/view.py" line="91"/>
        <source>Meeting room</source>
        <translation>Salle de réunion</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="92"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="93"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="94"/>
        <source>Opinion ballots</source>
        <translation>Consultations écrites</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="96"/>
        <source>Ballots I sent</source>
        <translation>Consultations envoyées</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="97"/>
        <source>New meeting…</source>
        <translation>Nouvelle réunion…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="98"/>
        <source>Prepare…</source>
        <translation>Préparer…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="99"/>
        <source>Choose a meeting on the left.</source>
        <translation>Choisissez une réunion dans la liste à gauche.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="123"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="123"/>
        <source>Published</source>
        <translation>Convoquée</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="124"/>
        <source>In session</source>
        <translation>En séance</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="124"/>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="125"/>
        <source>Archived</source>
        <translation>Archivée</translation>
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
        <location filename="../navigation.py" line="146"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="149"/>
        <source>Drafts and outgoing</source>
        <translation>Projets et documents sortants</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="151"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="153"/>
        <source>My work</source>
        <translation>Mon travail</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="156"/>
        <source>Receive documents</source>
        <translation>Réception du courrier</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="158"/>
        <source>New draft</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="162"/>
        <source>To sign</source>
        <translation>À signer</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="164"/>
        <source>Issue</source>
        <translation>Émission</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="167"/>
        <source>Registers and reports</source>
        <translation>Registres et rapports</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="170"/>
        <source>Document axis</source>
        <translation>Axe d&apos;échange</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="172"/>
        <source>Archive</source>
        <translation>Archives</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="174"/>
        <source>Meeting room</source>
        <translation>Salle de réunion</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="176"/>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="179"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="182"/>
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
    <name>Notifications</name>
    <message>
        <location filename="../labels.py" line="149"/>
        <source>chair</source>
        <translation>président</translation>
    </message>
    <message>
        <location filename="../labels.py" line="150"/>
        <source>secretary</source>
        <translation>secrétaire</translation>
    </message>
    <message>
        <location filename="../labels.py" line="151"/>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <location filename="../labels.py" line="152"/>
        <source>substitute</source>
        <translation>suppléant</translation>
    </message>
    <message>
        <location filename="../labels.py" line="153"/>
        <source>guest</source>
        <translation>invité</translation>
    </message>
    <message>
        <location filename="../labels.py" line="172"/>
        <source>Deadline {deadline} approaching: {subject}</source>
        <translation>Échéance du {deadline} proche : {subject}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="175"/>
        <source>Overdue since {deadline}: {subject}</source>
        <translation>En retard depuis le {deadline} : {subject}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="178"/>
        <source>New comment on a document by {author}</source>
        <translation>Nouveau commentaire de {author} sur un document</translation>
    </message>
    <message>
        <location filename="../labels.py" line="191"/>
        <source>Vote closed, adopted: {motion} (for {yes}, against {no}, abstaining {abstain})</source>
        <translation>Vote clos, motion adoptée : {motion} (pour {yes}, contre {no}, abstentions {abstain})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="194"/>
        <source>Vote closed, not adopted: {motion} (for {yes}, against {no}, abstaining {abstain})</source>
        <translation>Vote clos, motion rejetée : {motion} (pour {yes}, contre {no}, abstentions {abstain})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="203"/>
        <source>Meeting starting at {time}: {title} ({location})</source>
        <translation>Réunion à {time} : {title} ({location})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="205"/>
        <source>Meeting starting at {time}: {title}</source>
        <translation>Réunion à {time} : {title}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="213"/>
        <source>Meeting details changed: {title}, {time} ({location})</source>
        <translation>Réunion modifiée : {title}, {time} ({location})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="215"/>
        <source>Meeting details changed: {title}, {time}</source>
        <translation>Réunion modifiée : {title}, {time}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="224"/>
        <source>You were added to a meeting as {role}</source>
        <translation>Vous avez été ajouté à une réunion en tant que {role}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="232"/>
        <source>You were taken off a meeting&apos;s participants</source>
        <translation>Vous avez été retiré des participants d&apos;une réunion</translation>
    </message>
    <message>
        <location filename="../labels.py" line="237"/>
        <source>You will chair a meeting</source>
        <translation>Vous présiderez une réunion</translation>
    </message>
    <message>
        <location filename="../labels.py" line="238"/>
        <source>A meeting has a new chair</source>
        <translation>Une réunion a un nouveau président</translation>
    </message>
    <message>
        <location filename="../labels.py" line="242"/>
        <source>Meeting invitation: a meeting on {time}</source>
        <translation>Convocation : réunion le {time}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="249"/>
        <source>A meeting document was replaced: {reason}</source>
        <translation>Un document de réunion a été remplacé : {reason}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="251"/>
        <source>A meeting document was replaced</source>
        <translation>Un document de réunion a été remplacé</translation>
    </message>
    <message>
        <location filename="../labels.py" line="255"/>
        <source>The meeting session has started ({time})</source>
        <translation>La séance est ouverte ({time})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="260"/>
        <source>Vote opened: {motion}</source>
        <translation>Vote ouvert : {motion}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="265"/>
        <source>The meeting has closed ({time})</source>
        <translation>La réunion est close ({time})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="270"/>
        <source>New opinion ballot: please answer by {deadline}</source>
        <translation>Nouvelle consultation écrite : merci de répondre avant le {deadline}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="277"/>
        <source>Reminder: please answer the opinion ballot by {deadline}</source>
        <translation>Rappel : merci de répondre à la consultation écrite avant le {deadline}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="285"/>
        <source>The opinion ballot&apos;s deadline has passed without your answer</source>
        <translation>La date limite de la consultation écrite est passée sans votre réponse</translation>
    </message>
    <message>
        <location filename="../labels.py" line="287"/>
        <source>Opinion ballot overdue: {count} member(s) have not answered</source>
        <translation>Consultation écrite en retard : {count} membre(s) n&apos;ont pas répondu</translation>
    </message>
    <message>
        <location filename="../labels.py" line="293"/>
        <source>Opinion ballot closed: {title}</source>
        <translation>Consultation écrite close : {title}</translation>
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
        <translation>Projets et documents sortants</translation>
    </message>
    <message>
        <location filename="../screens/outgoing/view.py" line="77"/>
        <source>Reload</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../screens/outgoing/view.py" line="78"/>
        <source>In progress (draft to signed)</source>
        <translation>En cours (du projet à la signature)</translation>
    </message>
    <message>
        <location filename="../screens/outgoing/view.py" line="79"/>
        <source>Issued</source>
        <translation>Publiés</translation>
    </message>
    <message>
        <location filename="../screens/outgoing/view.py" line="79"/>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <location filename="../screens/meetings/participants.py" line="79"/>
        <source>Chair</source>
        <translation>Président</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="79"/>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="80"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="80"/>
        <source>Substitute</source>
        <translation>Suppléant</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="81"/>
        <source>Guest</source>
        <translation>Invité</translation>
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
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="86"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="86"/>
        <source>Substitutes for</source>
        <translation>Supplée</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="87"/>
        <source>Guest for items</source>
        <translation>Invité pour les points</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="93"/>
        <source>Attends remotely</source>
        <translation>Participe à distance</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="94"/>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="95"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="96"/>
        <source>Make chair</source>
        <translation>Confier la présidence</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="124"/>
        <source> (remote)</source>
        <translation> (à distance)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="197"/>
        <source>Remove “%1” from the meeting?</source>
        <translation>Retirer « %1 » de la réunion ?</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="199"/>
        <source>They were invited and will be told.</source>
        <translation>Cette personne a été invitée et sera prévenue.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="203"/>
        <source>Participant removed.</source>
        <translation>Participant retiré.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="211"/>
        <source>Hand the chair to “%1”?</source>
        <translation>Confier la présidence à « %1 » ?</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="213"/>
        <source>“%1” stays on as a member.</source>
        <translation>« %1 » reste membre de la réunion.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="217"/>
        <source>The chair was handed over.</source>
        <translation>La présidence a été confiée.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="234"/>
        <source>Invitation added.</source>
        <translation>Invitation ajoutée.</translation>
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
    <name>PdfPagesView</name>
    <message>
        <location filename="../screens/document/pdfpages.py" line="149"/>
        <source>This file cannot be shown: it is not a PDF, or it is damaged. The rest of the document can still be used; the file itself can be saved and opened elsewhere.</source>
        <translation>Ce fichier ne peut pas être affiché : ce n&apos;est pas un PDF, ou il est endommagé. Le reste du document reste utilisable ; le fichier lui-même peut être enregistré et ouvert ailleurs.</translation>
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
    <name>PositionsBox</name>
    <message>
        <location filename="../screens/meetings/speakers.py" line="57"/>
        <source>No objection</source>
        <translation>Pas d&apos;objection</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="57"/>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="58"/>
        <source>Wish to speak</source>
        <translation>Souhaite intervenir</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="62"/>
        <source>Positions before the meeting</source>
        <translation>Positions avant la réunion</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="63"/>
        <source>Reason (optional)</source>
        <translation>Motif (facultatif)</translation>
    </message>
</context>
<context>
    <name>PreparationDialog</name>
    <message>
        <location filename="../screens/meetings/preparation.py" line="174"/>
        <source>Prepare a meeting</source>
        <translation>Préparer une réunion</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="175"/>
        <source>Publish the meeting</source>
        <translation>Convoquer la réunion</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="176"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="213"/>
        <source>Fill in the meeting and create it; then add the agenda and invite the participants.</source>
        <translation>Renseignez la réunion et créez-la ; ajoutez ensuite l&apos;ordre du jour et invitez les participants.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="216"/>
        <source>Draft: only you and the chair see it until you publish it.</source>
        <translation>Brouillon : seuls vous et le président la voyez jusqu&apos;à la convocation.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="219"/>
        <source>Published: the participants were invited and see the documents.</source>
        <translation>Convoquée : les participants ont été invités et voient les documents.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="238"/>
        <source>Give the meeting a title and a chair.</source>
        <translation>Indiquez un intitulé et un président.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="246"/>
        <source>Meeting created as a draft.</source>
        <translation>Réunion créée à l&apos;état de brouillon.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="258"/>
        <source>The meeting needs a title.</source>
        <translation>La réunion doit avoir un intitulé.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="262"/>
        <source>Changes saved; the participants were told.</source>
        <translation>Modifications enregistrées ; les participants ont été informés.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="263"/>
        <source>Changes saved.</source>
        <translation>Modifications enregistrées.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="274"/>
        <source>Meeting published; the participants were invited.</source>
        <translation>Réunion convoquée ; les participants ont été invités.</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <location filename="../screens/meetings/ballots.py" line="69"/>
        <source>Agree</source>
        <translation>D&apos;accord</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="69"/>
        <source>Disagree</source>
        <translation>Pas d&apos;accord</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="70"/>
        <source>Other opinion</source>
        <translation>Autre avis</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="72"/>
        <source>Your opinion (required for another opinion)</source>
        <translation>Votre avis (obligatoire pour un autre avis)</translation>
    </message>
</context>
<context>
    <name>ReceiveView</name>
    <message>
        <location filename="../screens/receive/view.py" line="140"/>
        <source>Receive an incoming document</source>
        <translation>Recevoir un document</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="141"/>
        <source>Choose PDF…</source>
        <translation>Choisir le PDF…</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="143"/>
        <location filename="../screens/receive/view.py" line="213"/>
        <location filename="../screens/receive/view.py" line="357"/>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="144"/>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="144"/>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="144"/>
        <source>Issuing organ:</source>
        <translation>Organisme émetteur :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="145"/>
        <source>Organ id:</source>
        <translation>Identifiant de l&apos;organisme :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="145"/>
        <source>Number:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="145"/>
        <source>Notation:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="146"/>
        <source>Document date:</source>
        <translation>Date du document :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="146"/>
        <source>Summary:</source>
        <translation>Résumé :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="146"/>
        <source>Signer position:</source>
        <translation>Fonction du signataire :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="147"/>
        <source>Signer name:</source>
        <translation>Nom du signataire :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="147"/>
        <source>Urgency:</source>
        <translation>Urgence :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="147"/>
        <source>Confidentiality:</source>
        <translation>Confidentialité :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="148"/>
        <source>Deadline:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="150"/>
        <source>Trích yếu, as printed on the document</source>
        <translation>Objet (trích yếu), tel qu&apos;imprimé sur le document</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="152"/>
        <source>e.g. BKHĐT-TH</source>
        <translation>p. ex. BKHĐT-TH</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="153"/>
        <source>Receive</source>
        <translation>Recevoir</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="154"/>
        <source>Next steps</source>
        <translation>Étapes suivantes</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="155"/>
        <source>Register</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="156"/>
        <source>Present to leader</source>
        <translation>Présenter à la direction</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="157"/>
        <source>Receive another document</source>
        <translation>Recevoir un autre document</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="215"/>
        <source>{name} was replaced in the scan folder after it was shown. Choose it again to see what it holds now.</source>
        <translation>{name} a été remplacé dans le dossier de numérisation après son affichage. Choisissez-le à nouveau pour voir son contenu actuel.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="224"/>
        <source>Choose the received PDF</source>
        <translation>Choisir le PDF reçu</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="247"/>
        <source>{name} is not a PDF that can be read.</source>
        <translation>{name} n&apos;est pas un PDF lisible.</translation>
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
        <translation>Choisissez d&apos;abord le PDF du document.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="280"/>
        <source>The subject and the issuing organ are needed.</source>
        <translation>L&apos;objet et l&apos;organisme émetteur sont requis.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="306"/>
        <source>Received as document #{id}. Register it to give it an arrival number.</source>
        <translation>Reçu comme document n° {id}. Enregistrez-le pour lui donner un numéro d&apos;arrivée.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="324"/>
        <source>Arrival number {n}.</source>
        <translation>Numéro d&apos;arrivée {n}.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="328"/>
        <source>Warning: this may duplicate document(s) {ids} (same number, notation and issuing organ).</source>
        <translation>Attention : ce document fait peut-être doublon avec {ids} (même numéro, référence et organisme émetteur).</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="344"/>
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
    <name>ReloginDialog</name>
    <message>
        <location filename="../reauth.py" line="56"/>
        <source>Session expired</source>
        <translation>Session expirée</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="58"/>
        <source>Your session has expired or was ended on the server. Enter your password to go on where you left off; nothing on screen is lost.</source>
        <translation>Votre session a expiré ou a été fermée sur le serveur. Saisissez votre mot de passe pour reprendre là où vous en étiez ; rien de ce qui est à l&apos;écran n&apos;est perdu.</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="69"/>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="72"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="75"/>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="76"/>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="93"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="109"/>
        <source>This is not the account that was signed in.</source>
        <translation>Ce n&apos;est pas le compte qui était connecté.</translation>
    </message>
</context>
<context>
    <name>ScanQueue</name>
    <message>
        <location filename="../screens/receive/scans.py" line="22"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="23"/>
        <source>The file is not a PDF. Set the scanner to save PDF files.</source>
        <translation>Le fichier n&apos;est pas un PDF. Réglez le scanner pour enregistrer des fichiers PDF.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="25"/>
        <source>The PDF is damaged and cannot be read. Scan the document again.</source>
        <translation>Le PDF est endommagé et illisible. Numérisez à nouveau le document.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="27"/>
        <source>The PDF has no pages.</source>
        <translation>Le PDF n&apos;a aucune page.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="28"/>
        <source>The PDF is protected by a password.</source>
        <translation>Le PDF est protégé par un mot de passe.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="77"/>
        <source>Scanned documents</source>
        <translation>Documents numérisés</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="78"/>
        <source>From the scan folder {folder}</source>
        <translation>Depuis le dossier de numérisation {folder}</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="80"/>
        <source>No scanned document is waiting. PDFs the scanner saves in the folder appear here.</source>
        <translation>Aucun document numérisé en attente. Les PDF que le scanner enregistre dans le dossier apparaissent ici.</translation>
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
        <translation>{name} n&apos;a pas été pris en charge : {reason} Il a été déplacé dans {folder}.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="120"/>
        <source>{name} was already received as document #{id}; it was moved to {folder}.</source>
        <translation>{name} a déjà été reçu comme document n° {id} ; il a été déplacé dans {folder}.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="127"/>
        <source>{name}, interrupted last time, is received as document #{id}.</source>
        <translation>{name}, interrompu la dernière fois, est reçu comme document n° {id}.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="131"/>
        <source>{name} could not be sent yet: {error} It stays in the folder.</source>
        <translation>{name} n&apos;a pas encore pu être envoyé : {error} Il reste dans le dossier.</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../screens/search/view.py" line="58"/>
        <source>Search documents</source>
        <translation>Rechercher des documents</translation>
    </message>
    <message>
        <location filename="../screens/search/view.py" line="59"/>
        <source>Type words (with or without diacritics) or choose filters; the results appear as you go.</source>
        <translation>Saisissez des mots (avec ou sans diacritiques) ou choisissez des filtres ; les résultats s&apos;affichent au fur et à mesure.</translation>
    </message>
</context>
<context>
    <name>SentBallots</name>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="220"/>
        <source>New opinion ballot…</source>
        <translation>Nouvelle consultation écrite…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="221"/>
        <source>Close the ballot</source>
        <translation>Clore la consultation</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="222"/>
        <source>Save the tally report…</source>
        <translation>Enregistrer le rapport de synthèse…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="270"/>
        <source>%1 of %2 answered</source>
        <translation>%1 réponse(s) sur %2</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="282"/>
        <source>No opinion ballot sent yet.</source>
        <translation>Aucune consultation envoyée pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="286"/>
        <source> · closed</source>
        <translation> · close</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="289"/>
        <source>%1 — answered (signed)</source>
        <translation>%1 — a répondu (signé)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="292"/>
        <source>%1 — not yet</source>
        <translation>%1 — pas encore</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="300"/>
        <source>Opinion ballot sent.</source>
        <translation>Consultation envoyée.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="313"/>
        <source>Ballot closed.</source>
        <translation>Consultation close.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="321"/>
        <source>Save the tally report</source>
        <translation>Enregistrer le rapport de synthèse</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="333"/>
        <source>Tally report saved: %1</source>
        <translation>Rapport de synthèse enregistré : %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../screens/settings/dialog.py" line="119"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="120"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="120"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="121"/>
        <location filename="../screens/settings/dialog.py" line="156"/>
        <source>Scan folder</source>
        <translation>Dossier de numérisation</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="121"/>
        <location filename="../screens/settings/dialog.py" line="162"/>
        <source>Signing token module</source>
        <translation>Module du jeton de signature</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="122"/>
        <location filename="../screens/settings/dialog.py" line="123"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="124"/>
        <source>Used from the next sign-in.</source>
        <translation>Utilisée à la prochaine connexion.</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="125"/>
        <source>New PDFs the scanner saves here are offered for registration.</source>
        <translation>Les nouveaux PDF que le scanner enregistre ici sont proposés à l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="127"/>
        <source>The PKCS#11 library of the signing tokens (.dll, .so or .dylib), from the token&apos;s vendor.</source>
        <translation>La bibliothèque PKCS#11 des jetons de signature (.dll, .so ou .dylib), fournie par le fabricant du jeton.</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="137"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="179"/>
        <source>The server address must look like https://vanban.example.vn or 10.0.0.5:8400.</source>
        <translation>L&apos;adresse du serveur doit ressembler à https://vanban.example.vn ou 10.0.0.5:8400.</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="183"/>
        <source>The scan folder {path} does not exist.</source>
        <translation>Le dossier de numérisation {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="186"/>
        <source>The token module {path} does not exist.</source>
        <translation>Le module de jeton {path} n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../screens/signing/dialog.py" line="65"/>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="146"/>
        <location filename="../screens/signing/dialog.py" line="158"/>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/signing/dialog.py" line="147"/>
        <source>Sign %n document(s) with one PIN entry.</source>
        <translation>
            <numerusform>Signer %n document(s) avec une seule saisie du code PIN.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="148"/>
        <source>Token (USB key)</source>
        <translation>Jeton (clé USB)</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="149"/>
        <source>Certificate file (PKCS#12)</source>
        <translation>Fichier de certificat (PKCS#12)</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="150"/>
        <source>Find tokens</source>
        <translation>Rechercher les jetons</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="151"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="152"/>
        <source>Token library:</source>
        <translation>Bibliothèque du jeton :</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="152"/>
        <source>Certificate:</source>
        <translation>Certificat :</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="153"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="154"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="155"/>
        <source>Level {level}; time-stamping authority: {tsa}.</source>
        <translation>Niveau {level} ; autorité d&apos;horodatage : {tsa}.</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="159"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="182"/>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="182"/>
        <source>PIN:</source>
        <translation>Code PIN :</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="185"/>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="193"/>
        <source>Enter the token library (PKCS#11 module) first.</source>
        <translation>Indiquez d&apos;abord la bibliothèque du jeton (module PKCS#11).</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="217"/>
        <source>No token with a certificate is plugged in.</source>
        <translation>Aucun jeton portant un certificat n&apos;est branché.</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="256"/>
        <source>Opening the key…</source>
        <translation>Ouverture de la clé…</translation>
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
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="179"/>
        <source>Signing time</source>
        <translation>Heure de signature</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="180"/>
        <source>Time stamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="179"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="178"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="180"/>
        <source>After signing</source>
        <translation>Après signature</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="189"/>
        <source>Checking the signatures…</source>
        <translation>Vérification des signatures…</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="196"/>
        <source>The signatures could not be checked: {error}</source>
        <translation>Les signatures n&apos;ont pas pu être vérifiées : {error}</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="202"/>
        <source>Checked at {time} with the agency&apos;s trust list.</source>
        <translation>Vérifié à {time} avec la liste de confiance de l&apos;organisme.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="217"/>
        <source>unreadable certificate</source>
        <translation>certificat illisible</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="222"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="233"/>
        <source>Indication: {indication}</source>
        <translation>Indication : {indication}</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="239"/>
        <source>Certificate: {organisation} — serial {serial}, issued by {issuer}</source>
        <translation>Certificat : {organisation} — numéro de série {serial}, émis par {issuer}</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="244"/>
        <source>Certification signature (level {level} of changes allowed).</source>
        <translation>Signature de certification (niveau {level} de modifications autorisées).</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <location filename="../screens/document/signatures.py" line="30"/>
        <source>The signature is malformed, does not cover the whole document, or the document was changed in a way the signer did not allow.</source>
        <translation>La signature est mal formée, ne couvre pas tout le document, ou le document a été modifié d&apos;une façon que le signataire n&apos;autorisait pas.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="33"/>
        <source>The signed content was changed after signing.</source>
        <translation>Le contenu signé a été modifié après la signature.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="35"/>
        <source>The signature value does not match the signer&apos;s certificate.</source>
        <translation>La valeur de la signature ne correspond pas au certificat du signataire.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="37"/>
        <source>The signer&apos;s certificate was revoked before the document was signed.</source>
        <translation>Le certificat du signataire a été révoqué avant la signature du document.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="39"/>
        <source>The signer&apos;s certificate has been revoked and no time stamp proves the document was signed before that.</source>
        <translation>Le certificat du signataire a été révoqué et aucun horodatage ne prouve que le document a été signé avant.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="42"/>
        <source>The signer&apos;s certificate does not lead to a trusted certification authority.</source>
        <translation>Le certificat du signataire ne remonte pas à une autorité de certification de confiance.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="45"/>
        <source>The signer&apos;s certificate chain could not be checked.</source>
        <translation>La chaîne de certificats du signataire n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="47"/>
        <source>The signer&apos;s certificate was expired or not yet valid at the signing time, and no time stamp proves otherwise.</source>
        <translation>Le certificat du signataire était expiré ou pas encore valide au moment de la signature, et aucun horodatage ne prouve le contraire.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="50"/>
        <source>The signer&apos;s certificate has expired since signing; it was not revoked.</source>
        <translation>Le certificat du signataire a expiré depuis la signature ; il n&apos;a pas été révoqué.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="53"/>
        <source>The revocation status of the certificate is not available yet; check again later.</source>
        <translation>L&apos;état de révocation du certificat n&apos;est pas encore disponible ; vérifiez plus tard.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="56"/>
        <source>The certificate chain breaks the rules its authorities set.</source>
        <translation>La chaîne de certificats enfreint les règles fixées par ses autorités.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="58"/>
        <source>The signature uses an algorithm or key size that is no longer accepted.</source>
        <translation>La signature utilise un algorithme ou une taille de clé qui n&apos;est plus accepté.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="61"/>
        <source>The time stamps of this signature are not in a possible order.</source>
        <translation>Les horodatages de cette signature ne sont pas dans un ordre possible.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="63"/>
        <source>The signer&apos;s certificate was not yet valid at the signing time.</source>
        <translation>Le certificat du signataire n&apos;était pas encore valide au moment de la signature.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="65"/>
        <source>The signer&apos;s certificate had expired at the signing time.</source>
        <translation>Le certificat du signataire était expiré au moment de la signature.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="67"/>
        <source>The signature lacks attributes the validation policy requires.</source>
        <translation>Il manque à la signature des attributs exigés par la politique de validation.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="69"/>
        <source>The signature policy could not be processed.</source>
        <translation>La politique de signature n&apos;a pas pu être traitée.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="71"/>
        <source>The signature policy the signature names is not available.</source>
        <translation>La politique de signature citée par la signature n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="73"/>
        <source>The signer&apos;s certificate is missing from the signature.</source>
        <translation>Le certificat du signataire manque dans la signature.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="75"/>
        <source>A certification authority in the chain has been revoked and no time stamp proves the document was signed before that.</source>
        <translation>Une autorité de certification de la chaîne a été révoquée et aucun horodatage ne prouve que le document a été signé avant.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="78"/>
        <source>The revocation information is outside its validity period and no time stamp bridges the gap.</source>
        <translation>Les informations de révocation sont hors de leur période de validité et aucun horodatage ne comble l&apos;écart.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="81"/>
        <source>The signature uses an algorithm no longer accepted, and no time stamp proves it was made while it still was.</source>
        <translation>La signature utilise un algorithme qui n&apos;est plus accepté, et aucun horodatage ne prouve qu&apos;elle a été faite quand il l&apos;était encore.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="84"/>
        <source>No proof of existence at the needed time (a time stamp) was found.</source>
        <translation>Aucune preuve d&apos;existence (horodatage) au moment requis n&apos;a été trouvée.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="86"/>
        <source>The signed content could not be found.</source>
        <translation>Le contenu signé est introuvable.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="88"/>
        <source>The signature could not be confirmed.</source>
        <translation>La signature n&apos;a pas pu être confirmée.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="97"/>
        <source>No time stamp: the signing time is only what the signer&apos;s computer claimed.</source>
        <translation>Pas d&apos;horodatage : l&apos;heure de signature est seulement celle qu&apos;indiquait l&apos;ordinateur du signataire.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="99"/>
        <source>Technical detail: {detail}</source>
        <translation>Détail technique : {detail}</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="114"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="115"/>
        <source>Valid with warnings</source>
        <translation>Valide avec avertissements</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="116"/>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="117"/>
        <source>Unknown</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="125"/>
        <source>No change</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="126"/>
        <source>Permitted changes only</source>
        <translation>Modifications autorisées uniquement</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="127"/>
        <source>Changed in a way not permitted</source>
        <translation>Modifié de façon non autorisée</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="135"/>
        <source>Every signature of this file is valid.</source>
        <translation>Toutes les signatures de ce fichier sont valides.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="136"/>
        <source>At least one signature of this file is invalid.</source>
        <translation>Au moins une signature de ce fichier n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="137"/>
        <source>At least one signature of this file cannot be confirmed.</source>
        <translation>Au moins une signature de ce fichier ne peut pas être confirmée.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="139"/>
        <source>This file carries no signature.</source>
        <translation>Ce fichier ne porte aucune signature.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="146"/>
        <source>Document time stamp</source>
        <translation>Horodatage du document</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="147"/>
        <source>Leader&apos;s signature</source>
        <translation>Signature du dirigeant</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="148"/>
        <source>Agency seal</source>
        <translation>Cachet de l&apos;organisme</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../screens/signing/messages.py" line="17"/>
        <source>Wrong PIN. One more wrong PIN will lock the token.</source>
        <translation>Code PIN erroné. Une nouvelle erreur bloquera le jeton.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="19"/>
        <source>Wrong PIN. Few tries are left before the token locks.</source>
        <translation>Code PIN erroné. Il reste peu d&apos;essais avant le blocage du jeton.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="20"/>
        <source>Wrong PIN. Check it and try again.</source>
        <translation>Code PIN erroné. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="25"/>
        <source>The certificate of {name} expired on {date}; it can no longer sign.</source>
        <translation>Le certificat de {name} a expiré le {date} ; il ne peut plus signer.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="28"/>
        <source>The certificate of {name} is only valid from {date}.</source>
        <translation>Le certificat de {name} n&apos;est valide qu&apos;à partir du {date}.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="36"/>
        <source>The certificate of {name} (serial {serial}) is not registered to your account. Choose your own certificate, or ask the administrator to bind it.</source>
        <translation>Le certificat de {name} (numéro de série {serial}) n&apos;est pas rattaché à votre compte. Choisissez votre propre certificat ou demandez à l&apos;administrateur de le rattacher.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="41"/>
        <source>Signatures at level {level} need a time-stamping authority, and none is configured on this computer.</source>
        <translation>Les signatures de niveau {level} exigent une autorité d&apos;horodatage, et aucune n&apos;est configurée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="44"/>
        <source>Choose a certificate on a token or a certificate file first.</source>
        <translation>Choisissez d&apos;abord un certificat sur un jeton ou un fichier de certificat.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="49"/>
        <source>The token&apos;s PIN is locked. Only its security officer can unlock it.</source>
        <translation>Le code PIN du jeton est bloqué. Seul son responsable de sécurité peut le débloquer.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="51"/>
        <source>The token is not plugged in. Plug it in and try again.</source>
        <translation>Le jeton n&apos;est pas branché. Branchez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="53"/>
        <source>The chosen certificate is no longer on the token.</source>
        <translation>Le certificat choisi n&apos;est plus sur le jeton.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="55"/>
        <source>The token holds the certificate but not its private key.</source>
        <translation>Le jeton contient le certificat mais pas sa clé privée.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="57"/>
        <source>The token did not work: {detail}</source>
        <translation>Le jeton n&apos;a pas fonctionné : {detail}</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="58"/>
        <source>The certificate file cannot be opened: wrong passphrase or damaged file.</source>
        <translation>Le fichier de certificat ne peut pas être ouvert : phrase secrète erronée ou fichier endommagé.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="60"/>
        <source>The time-stamping authority did not answer; nothing was signed. Try again later.</source>
        <translation>L&apos;autorité d&apos;horodatage n&apos;a pas répondu ; rien n&apos;a été signé. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="63"/>
        <source>The certificate&apos;s revocation status could not be confirmed: it may be revoked, or its authority cannot be reached.</source>
        <translation>L&apos;état de révocation du certificat n&apos;a pas pu être confirmé : il est peut-être révoqué, ou son autorité est injoignable.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="67"/>
        <source>The document&apos;s file is not a PDF that can be signed.</source>
        <translation>Le fichier du document n&apos;est pas un PDF qui peut être signé.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="76"/>
        <source>Signing failed: {detail}</source>
        <translation>La signature a échoué : {detail}</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="94"/>
        <source>PIN: no wrong attempt recorded.</source>
        <translation>Code PIN : aucune erreur enregistrée.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="95"/>
        <source>A wrong PIN was entered recently: few tries are left.</source>
        <translation>Un code PIN erroné a été saisi récemment : il reste peu d&apos;essais.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="97"/>
        <source>Last try: one more wrong PIN locks the token.</source>
        <translation>Dernier essai : une erreur de plus bloque le jeton.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="99"/>
        <source>The PIN is locked: this token cannot sign.</source>
        <translation>Le code PIN est bloqué : ce jeton ne peut pas signer.</translation>
    </message>
</context>
<context>
    <name>SpeakersBox</name>
    <message>
        <location filename="../screens/meetings/speakers.py" line="124"/>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="125"/>
        <source>Request to speak</source>
        <translation>Demander la parole</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="126"/>
        <source>Give the floor to the next</source>
        <translation>Donner la parole au suivant</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="127"/>
        <source>End speech</source>
        <translation>Terminer l&apos;intervention</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="128"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="129"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="156"/>
        <source>Nobody has the floor.</source>
        <translation>Personne n&apos;a la parole.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="160"/>
        <source>Speaking: %1</source>
        <translation>A la parole : %1</translation>
    </message>
</context>
<context>
    <name>StepController</name>
    <message>
        <location filename="../screens/document/steps.py" line="57"/>
        <source>Present to a leader</source>
        <translation>Présenter à la direction</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="58"/>
        <source>Leader who will give the direction:</source>
        <translation>Responsable qui donnera l&apos;instruction :</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="60"/>
        <source>Submit for signature</source>
        <translation>Soumettre à la signature</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="60"/>
        <source>Leader who will sign:</source>
        <translation>Responsable signataire :</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="64"/>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="64"/>
        <source>Note on the result (optional):</source>
        <translation>Note sur le résultat (facultatif) :</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="67"/>
        <source>Return for changes</source>
        <translation>Renvoyer pour corrections</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="67"/>
        <source>What must change:</source>
        <translation>Ce qui doit changer :</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="70"/>
        <source>Revoke</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="70"/>
        <source>Reason for revoking:</source>
        <translation>Motif du retrait :</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="72"/>
        <source>Return to sender</source>
        <translation>Renvoyer à l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="73"/>
        <source>Why the document is returned (the sender receives this reason):</source>
        <translation>Motif du renvoi (l&apos;expéditeur reçoit ce motif) :</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="114"/>
        <source>New version (PDF)</source>
        <translation>Nouvelle version (PDF)</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="156"/>
        <source>Done: {step}.</source>
        <translation>Fait : {step}.</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="160"/>
        <source>Registered with arrival number {n}.</source>
        <translation>Enregistré sous le numéro d&apos;arrivée {n}.</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="166"/>
        <source>Possible duplicate of document(s) {ids}: same number, notation and issuing organ.</source>
        <translation>Doublon possible de {ids} : même numéro, référence et organisme émetteur.</translation>
    </message>
</context>
<context>
    <name>ToSignView</name>
    <message>
        <location filename="../screens/signing/view.py" line="93"/>
        <source>Documents to sign</source>
        <translation>Documents à signer</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="94"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="94"/>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="94"/>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="95"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="96"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="96"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="97"/>
        <source>Results of the last signing</source>
        <translation>Résultats de la dernière signature</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="98"/>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="99"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/signing/view.py" line="157"/>
        <source>Sign %n document(s)…</source>
        <translation>
            <numerusform>Signer %n document(s)…</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="160"/>
        <source>No document is waiting for your signature.</source>
        <translation>Aucun document n&apos;attend votre signature.</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="180"/>
        <source>%v of %m signed or tried</source>
        <translation>%v sur %m signés ou tentés</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="197"/>
        <source>Signed {signed} of {total} document(s).</source>
        <translation>{signed} document(s) signé(s) sur {total}.</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="212"/>
        <source>Signed</source>
        <translation>Signé</translation>
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
    <name>VotePanel</name>
    <message>
        <location filename="../screens/meetings/votes.py" line="86"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="89"/>
        <source>Open</source>
        <translation>À main levée</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="89"/>
        <source>Named (signed)</source>
        <translation>Nominatif (signé)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="90"/>
        <source>Secret</source>
        <translation>À bulletin secret</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="92"/>
        <source>Motion to vote on</source>
        <translation>Motion mise aux voix</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="93"/>
        <source>Open vote</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="94"/>
        <source>Close vote</source>
        <translation>Clore le vote</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="97"/>
        <source>In favour</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="97"/>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="97"/>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="113"/>
        <source>No vote on this item yet.</source>
        <translation>Aucun vote sur ce point pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="125"/>
        <source>open vote</source>
        <translation>vote à main levée</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="125"/>
        <source>named vote</source>
        <translation>vote nominatif</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="126"/>
        <source>secret ballot</source>
        <translation>vote à bulletin secret</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="128"/>
        <source> — you have voted</source>
        <translation> — vous avez voté</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="129"/>
        <source>Voting (%1): %2 of %3 seats have voted%4</source>
        <translation>Vote en cours (%1) : %2 sièges sur %3 ont voté%4</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="132"/>
        <source>adopted</source>
        <translation>adoptée</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="132"/>
        <source>not adopted</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="133"/>
        <source>Closed (%1): %2</source>
        <translation>Clos (%1) : %2</translation>
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
