<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AttachmentField</name>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="344"/>
        <source>Ajouter un fichier…</source>
        <translation>Add a file…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="345"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>BooleanField</name>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="161"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="162"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="255"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="255"/>
        <source>Version gardée</source>
        <translation>Kept version</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="255"/>
        <source>Autre version</source>
        <translation>Other version</translation>
    </message>
</context>
<context>
    <name>ComputedField</name>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="402"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="402"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="200"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="200"/>
        <source>Conflit</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="200"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="211"/>
        <source>Modifié ailleurs en même temps</source>
        <translation>Changed elsewhere at the same time</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="212"/>
        <source>Modifié après suppression</source>
        <translation>Changed after deletion</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="213"/>
        <source>Supprimé après modification</source>
        <translation>Deleted after a change</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="322"/>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="325"/>
        <source>Aucun conflit. Un conflit apparaît quand un enregistrement a été modifié à la fois sur cet ordinateur et ailleurs ; les deux versions sont alors présentées ici côte à côte. Rien n&apos;est jamais effacé sans trace.</source>
        <translation>No conflicts. A conflict appears when a record was changed both on this laptop and elsewhere; both versions are then shown here side by side. Nothing is ever deleted without a trace.</translation>
    </message>
</context>
<context>
    <name>DashboardBox</name>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="70"/>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="74"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="75"/>
        <source>Morts</source>
        <translation>Deaths</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="76"/>
        <source>Blessés</source>
        <translation>Injured</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="77"/>
        <source>Activités</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="78"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="79"/>
        <source>dont femmes</source>
        <translation>of whom women</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="80"/>
        <source>dont jeunes (18–35 ans)</source>
        <translation>of whom youth (18–35)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="107"/>
        <source>Évolution des incidents</source>
        <translation>Incident trend</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="115"/>
        <source>Incidents, morts et blessés par mois</source>
        <translation>Incidents, deaths and injured per month</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="122"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="127"/>
        <source>Choisir dans le calendrier</source>
        <translation>Pick from the calendar</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../../focalpoint/ui/pages/drafts.py" line="32"/>
        <source>Brouillons</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/drafts.py" line="37"/>
        <source>Reprendre la saisie interrompue</source>
        <translation>Resume the interrupted entry</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/drafts.py" line="75"/>
        <source>Saisie interrompue le %s : elle n&apos;a pas été enregistrée.</source>
        <translation>Entry interrupted on %s: it was not saved.</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="118"/>
        <source>Saisie interrompue reprise : vérifiez puis enregistrez.</source>
        <translation>Interrupted entry resumed: check it, then save.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="132"/>
        <source>Nouvelle fiche : %s</source>
        <translation>New record: %s</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="138"/>
        <source>Enregistrer comme brouillon (Ctrl+S)</source>
        <translation>Save as draft (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="139"/>
        <source>Finaliser</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="140"/>
        <source>Fermer (Échap)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="187"/>
        <source>Imprimer la liste de présence</source>
        <translation>Print the attendance sheet</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="190"/>
        <source>Liste de présence vierge (à signer)</source>
        <translation>Blank attendance sheet (to sign)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="194"/>
        <source>Liste des participants saisis</source>
        <translation>List of the entered participants</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="263"/>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="393"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="295"/>
        <source>%n ligne(s) à corriger (cases en rouge).</source>
        <translation>
            <numerusform>%n row to correct (cells in red).</numerusform>
            <numerusform>%n rows to correct (cells in red).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="313"/>
        <source>Saisie sauvegardée automatiquement (non finalisée)</source>
        <translation>Entry saved automatically (not finalised)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="340"/>
        <source>Finalisé le %s</source>
        <translation>Finalised on %s</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="342"/>
        <source>Brouillon enregistré le %s</source>
        <translation>Draft saved on %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="360"/>
        <source>%n problème(s) à corriger avant de finaliser</source>
        <translation>
            <numerusform>%n problem to fix before finalising</numerusform>
            <numerusform>%n problems to fix before finalising</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="371"/>
        <source>Joindre un fichier</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="394"/>
        <source>Enregistrer les modifications comme brouillon avant de fermer ?</source>
        <translation>Save the changes as a draft before closing?</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="396"/>
        <source>Enregistrer comme brouillon</source>
        <translation>Save as draft</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="398"/>
        <source>Ne pas enregistrer</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="399"/>
        <source>Continuer la saisie</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>GpsField</name>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="314"/>
        <source>Latitude (ex. 16,27)</source>
        <translation>Latitude (e.g. 16.27)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="316"/>
        <source>Longitude (ex. -0,04)</source>
        <translation>Longitude (e.g. -0.04)</translation>
    </message>
</context>
<context>
    <name>LocationField</name>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="244"/>
        <source>Localité, quartier, village…</source>
        <translation>Locality, neighbourhood, village…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="245"/>
        <source>— Région —</source>
        <translation>— Region —</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="266"/>
        <source>— Cercle —</source>
        <translation>— Cercle —</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="279"/>
        <source>— Commune —</source>
        <translation>— Commune —</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="71"/>
        <source>focalpoint — WANEP-Mali</source>
        <translation>focalpoint — WANEP-Mali</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="119"/>
        <source>Activités</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="120"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="121"/>
        <source>Brouillons</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="122"/>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="123"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="124"/>
        <source>Rapports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="125"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="129"/>
        <source>Ouverture des données…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="136"/>
        <source>Verrouiller</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="149"/>
        <location filename="../../focalpoint/ui/main_window.py" line="219"/>
        <source>Synchronisation non configurée</source>
        <translation>Synchronisation not set up</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="154"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="222"/>
        <source>Dernière synchronisation : %s</source>
        <translation>Last synchronisation: %s</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="224"/>
        <source>Relié au serveur, pas encore synchronisé</source>
        <translation>Linked to the server, not synchronised yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/main_window.py" line="246"/>
        <source>%n enregistrement(s) à envoyer</source>
        <translation>
            <numerusform>%n record to send</numerusform>
            <numerusform>%n records to send</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="316"/>
        <source>Saisie interrompue</source>
        <translation>Interrupted entry</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="318"/>
        <source>Une saisie n&apos;a pas été enregistrée (%s). Voulez-vous la reprendre ?</source>
        <translation>An entry was not saved (%s). Do you want to resume it?</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="321"/>
        <source>Reprendre la saisie</source>
        <translation>Resume the entry</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="322"/>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="164"/>
        <source>Changer la phrase secrète</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="164"/>
        <source>Protéger les données</source>
        <translation>Protect the data</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="170"/>
        <source>Les fiches et les listes de participants seront chiffrées sur cet ordinateur. Choisissez une phrase secrète d&apos;au moins 8 caractères et retenez-la : sans elle, personne (pas même le secrétariat) ne pourra rouvrir les données. Ne l&apos;écrivez pas sur l&apos;ordinateur.</source>
        <translation>Records and participant lists will be encrypted on this laptop. Choose a passphrase of at least 8 characters and remember it: without it, nobody (not even the secretariat) can open the data again. Do not write it down on the laptop.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="177"/>
        <source>La nouvelle phrase secrète remplace l&apos;ancienne ; les données ne sont pas rechiffrées, seule leur clé est protégée autrement.</source>
        <translation>The new passphrase replaces the old one; the data is not re-encrypted, only its key is protected differently.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="187"/>
        <source>Phrase secrète actuelle</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="190"/>
        <source>Nouvelle phrase secrète</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="191"/>
        <source>Retapez-la</source>
        <translation>Type it again</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="198"/>
        <source>Valider</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="200"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="145"/>
        <source>Ajouter une ligne</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="146"/>
        <source>Raccourci : Inser ou Ctrl+Maj+N</source>
        <translation>Shortcut: Ins or Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="147"/>
        <source>Supprimer les lignes sélectionnées</source>
        <translation>Delete the selected rows</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="148"/>
        <source>Raccourci : Ctrl+Suppr (Suppr vide les cases)</source>
        <translation>Shortcut: Ctrl+Del (Del clears the cells)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="149"/>
        <source>Coller depuis Excel</source>
        <translation>Paste from Excel</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="152"/>
        <source>Copiez les lignes dans Excel ou LibreOffice, puis cliquez ici (ou Ctrl+V dans le tableau). Une première ligne de titres (Nom, Prénom, Sexe…) est reconnue.</source>
        <translation>Copy the rows in Excel or LibreOffice, then click here (or Ctrl+V in the table). A first row of column titles (Surname, First name, Sex…) is recognised.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/editor/participants.py" line="255"/>
        <source>%n ligne(s) ajoutée(s).</source>
        <translation>
            <numerusform>%n row added.</numerusform>
            <numerusform>%n rows added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/editor/participants.py" line="274"/>
        <source>%n colonne(s) en trop ignorée(s) : vérifiez l&apos;ordre des colonnes ({columns}).</source>
        <translation>
            <numerusform>%n extra column ignored: check the column order ({columns}).</numerusform>
            <numerusform>%n extra columns ignored: check the column order ({columns}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="257"/>
        <source>Aucune ligne à coller sous la ligne des titres.</source>
        <translation>No rows to paste under the title row.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="260"/>
        <source>Rien à coller : copiez d&apos;abord les cellules dans Excel ou LibreOffice.</source>
        <translation>Nothing to paste: first copy the cells in Excel or LibreOffice.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="263"/>
        <source>(sans titre)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="265"/>
        <source>Colonne ignorée : {columns}.</source>
        <translation>Column ignored: {columns}.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="267"/>
        <source>Colonnes ignorées : {columns}.</source>
        <translation>Columns ignored: {columns}.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="388"/>
        <source>Total : {total} · Femmes : {women} ({share}) · Hommes : {men} · Jeunes (18-35 ans) : {youth} · Personnes handicapées : {disabled}</source>
        <translation>Total: {total} · Women: {women} ({share}) · Men: {men} · Youth (18-35): {youth} · Persons with disabilities: {disabled}</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../focalpoint/ui/editor/participants_model.py" line="191"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants_model.py" line="191"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants_model.py" line="220"/>
        <source>Calculé automatiquement à partir de : %s</source>
        <translation>Calculated automatically from: %s</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="90"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="92"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="57"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="58"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="59"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="60"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="61"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="93"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="93"/>
        <source>Finalisé</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="95"/>
        <source>%s · à envoyer</source>
        <translation>%s · to send</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="97"/>
        <source>%s · pièces jointes à envoyer</source>
        <translation>%s · attachments to send</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="123"/>
        <source>(sans titre)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="85"/>
        <source>Activités</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="85"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="90"/>
        <source>Nouveau (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="93"/>
        <source>Rechercher dans les titres (Ctrl+F)</source>
        <translation>Search the titles (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="96"/>
        <source>Toutes les régions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="102"/>
        <source>%s : tous</source>
        <translation>%s: all</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="111"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="112"/>
        <source>Brouillons</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="113"/>
        <source>Finalisés</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="114"/>
        <source>Depuis le</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="115"/>
        <source>Jusqu&apos;au</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="133"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="135"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="190"/>
        <source>%1 sur %2 affiché(s)</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="200"/>
        <source>Imprimer la liste de présence</source>
        <translation>Print the attendance sheet</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="201"/>
        <source>Pour l&apos;activité sélectionnée dans la liste</source>
        <translation>For the activity selected in the list</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="204"/>
        <source>Liste de présence vierge (à signer)</source>
        <translation>Blank attendance sheet (to sign)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="208"/>
        <source>Liste des participants saisis</source>
        <translation>List of the entered participants</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="170"/>
        <source>Générer un rapport</source>
        <translation>Generate a report</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="184"/>
        <source>Liste de présence vierge (à signer)</source>
        <translation>Blank attendance sheet (to sign)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="185"/>
        <source>Liste des participants</source>
        <translation>Participant list</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="186"/>
        <source>Rapport d&apos;activité</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="187"/>
        <source>Rapport hebdomadaire NEWS</source>
        <translation>NEWS weekly report</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="188"/>
        <source>Bulletin mensuel sur la sécurité humaine</source>
        <translation>Monthly human security bulletin</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="189"/>
        <source>Bulletin trimestriel</source>
        <translation>Quarterly bulletin</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="196"/>
        <source>Toutes les régions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="200"/>
        <source>Rechercher une activité</source>
        <translation>Search for an activity</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="218"/>
        <source>PDF (à lire ou imprimer)</source>
        <translation>PDF (to read or print)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="219"/>
        <source>Classeur Excel (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="220"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="221"/>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="227"/>
        <source>Générer</source>
        <translation>Generate</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="229"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="230"/>
        <source>Enregistrer sous…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="233"/>
        <source>Le fichier enregistré n&apos;est pas chiffré : ne le gardez pas sur l&apos;ordinateur plus longtemps que nécessaire.</source>
        <translation>The saved file is not encrypted: do not keep it on the laptop longer than needed.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="253"/>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="254"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="255"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="256"/>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="257"/>
        <source>Nombre de lignes</source>
        <translation>Number of rows</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="258"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="319"/>
        <source>Choisissez d&apos;abord une activité.</source>
        <translation>Choose an activity first.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="344"/>
        <source>Préparation du rapport…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="387"/>
        <source>%n page(s) prête(s) : %s</source>
        <translation>
            <numerusform>%n page ready: %s</numerusform>
            <numerusform>%n pages ready: %s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="392"/>
        <source>Fichier prêt : %s</source>
        <translation>File ready: %s</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="408"/>
        <source>Enregistrer le rapport</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="420"/>
        <source>Copie enregistrée : %s</source>
        <translation>Copy saved: %s</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="54"/>
        <source>Rapports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="67"/>
        <source>Tableau de bord et rapports</source>
        <translation>Dashboard and reports</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="70"/>
        <source>Importer et exporter</source>
        <translation>Import and export</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="92"/>
        <source>Exporter les enregistrements</source>
        <translation>Export records</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="95"/>
        <source>Classeur Excel (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="96"/>
        <source>Fichiers CSV (un dossier)</source>
        <translation>CSV files (one folder)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="97"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="99"/>
        <source>Tous les formulaires</source>
        <translation>All forms</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="102"/>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="104"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="105"/>
        <source>Formulaire</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="109"/>
        <source>Attention : un fichier exporté n&apos;est pas chiffré. Ne le gardez pas sur l&apos;ordinateur plus longtemps que nécessaire et ne l&apos;envoyez pas par messagerie.</source>
        <translation>Warning: an exported file is not encrypted. Do not keep it on the laptop longer than needed and do not send it through a messaging app.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="119"/>
        <location filename="../../focalpoint/ui/pages/reports.py" line="180"/>
        <source>Importer des enregistrements</source>
        <translation>Import records</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="123"/>
        <source>Fichier .xlsx, .csv, .jsonl ou .json : une colonne par champ (lieu.region, gps.lat…). Les lignes correctes sont importées ; chaque ligne refusée est indiquée avec son numéro et la raison.</source>
        <translation>An .xlsx, .csv, .jsonl or .json file: one column per field (lieu.region, gps.lat…). Valid rows are imported; each rejected row is listed with its number and the reason.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="134"/>
        <source>Importer un fichier…</source>
        <translation>Import a file…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="136"/>
        <source>Formulaire des lignes</source>
        <translation>Form for the rows</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="143"/>
        <source>Le compte rendu du dernier import ou export s&apos;affiche ici.</source>
        <translation>The report of the last import or export appears here.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="156"/>
        <source>Dossier de l&apos;export CSV</source>
        <translation>Folder for the CSV export</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="159"/>
        <source>Enregistrer l&apos;export</source>
        <translation>Save the export</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="168"/>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="182"/>
        <source>Données (*.xlsx *.csv *.jsonl *.json)</source>
        <translation>Data (*.xlsx *.csv *.jsonl *.json)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="196"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>SelectOneField</name>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="185"/>
        <source>— Choisir —</source>
        <translation>— Choose —</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../focalpoint/ui/session.py" line="185"/>
        <source>La sauvegarde automatique n&apos;a pas pu être faite.</source>
        <translation>The automatic backup could not be made.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/session.py" line="234"/>
        <source>Base de données endommagée</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/session.py" line="236"/>
        <source>La base de données de cet ordinateur est endommagée : rien ne peut y être enregistré tant qu&apos;elle n&apos;est pas réparée.</source>
        <translation>This laptop&apos;s database is damaged: nothing can be saved in it until it is repaired.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/session.py" line="241"/>
        <source>La dernière sauvegarde date du %1. La restaurer remet les fiches de ce moment ; celles en attente d&apos;envoi seront renvoyées, et ce qui a été synchronisé depuis reviendra du serveur. La base endommagée est gardée à part.</source>
        <translation>The last backup is from %1. Restoring it brings back the records of that moment; those waiting to be sent will be sent again, and what was synchronised since will come back from the server. The damaged database is kept aside.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/session.py" line="246"/>
        <source>Restaurer la sauvegarde</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/session.py" line="249"/>
        <source>Aucune sauvegarde n&apos;existe : contactez le secrétariat.</source>
        <translation>There is no backup: contact the secretariat.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/session.py" line="252"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/session.py" line="274"/>
        <source>Base restaurée depuis la sauvegarde du %1.</source>
        <translation>Database restored from the backup of %1.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="37"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="47"/>
        <source>ex. Aminata Maïga (PF Gao)</source>
        <translation>e.g. Aminata Maïga (FP Gao)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="48"/>
        <source>Enregistrer le nom</source>
        <translation>Save the name</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="50"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="51"/>
        <source>Nom de l&apos;auteur des fiches</source>
        <translation>Author name on records</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="53"/>
        <source>Créer les données de démonstration</source>
        <translation>Create the demo data</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="55"/>
        <source>150 activités et 600 incidents fictifs, seulement si aucune fiche n&apos;existe</source>
        <translation>150 fictitious activities and 600 incidents, only if there are no records yet</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="59"/>
        <source>Démonstration</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="61"/>
        <source>Dossier des données</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="62"/>
        <source>Journal</source>
        <translation>Log file</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="70"/>
        <source>Sécurité des données</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="74"/>
        <source>Chiffrées sur cet ordinateur (phrase secrète)</source>
        <translation>Encrypted on this laptop (passphrase)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="76"/>
        <source>Non chiffrées : données de démonstration seulement</source>
        <translation>Not encrypted: demo data only</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="79"/>
        <source>Données</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="82"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="83"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="87"/>
        <source>Verrouiller après</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="88"/>
        <source>Changer la phrase secrète…</source>
        <translation>Change the passphrase…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="92"/>
        <source>Phrase secrète</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="94"/>
        <source>Sauvegarder maintenant</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="98"/>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="100"/>
        <source>Effacer toutes les données…</source>
        <translation>Wipe all data…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="104"/>
        <source>En cas de danger : détruit en quelques secondes tout ce qui est sur cet ordinateur</source>
        <translation>In danger: destroys everything on this laptop within seconds</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="108"/>
        <source>Urgence</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="121"/>
        <source>Aucune sauvegarde pour l&apos;instant.</source>
        <translation>No backup yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/pages/settings.py" line="124"/>
        <source>%n sauvegarde(s) ; la dernière le %1.</source>
        <translation>
            <numerusform>%n backup; the last on %1.</numerusform>
            <numerusform>%n backups; the last on %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="155"/>
        <source>Phrase secrète changée.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/pages/settings.py" line="183"/>
        <source>Rien à faire : %n fiche(s) existent déjà.</source>
        <translation>
            <numerusform>Nothing to do: %n record already exists.</numerusform>
            <numerusform>Nothing to do: %n records already exist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="187"/>
        <source>Créées : %1 activités et %2 incidents.</source>
        <translation>Created: %1 activities and %2 incidents.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="195"/>
        <source>Création des données de démonstration…</source>
        <translation>Creating the demo data…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="54"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="55"/>
        <source>Relier cet ordinateur au serveur du secrétariat</source>
        <translation>Link this laptop to the secretariat&apos;s server</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="62"/>
        <source>jeton remis par le secrétariat, ou l&apos;adresse du QR code</source>
        <translation>token from the secretariat, or the address in the QR code</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="66"/>
        <source>facultatif : fichier .pem de l&apos;autorité, si le secrétariat vous l&apos;a remis</source>
        <translation>optional: the authority&apos;s .pem file, if the secretariat gave you one</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="68"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="73"/>
        <source>Relier</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="75"/>
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="76"/>
        <source>Jeton</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="77"/>
        <source>Certificat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="82"/>
        <source>Synchroniser maintenant</source>
        <translation>Synchronise now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/pages/info.py" line="106"/>
        <source>%n enregistrement(s) attendent d&apos;être envoyés.</source>
        <translation>
            <numerusform>%n record is waiting to be sent.</numerusform>
            <numerusform>%n records are waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="111"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="114"/>
        <source>Relié à %1. Dernière synchronisation : %2.</source>
        <translation>Linked to %1. Last synchronisation: %2.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="122"/>
        <source>Cet ordinateur n&apos;est pas encore relié au serveur du secrétariat.</source>
        <translation>This laptop is not linked to the secretariat&apos;s server yet.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="127"/>
        <source>Ils sont en sécurité sur cet ordinateur et partiront à la première synchronisation.</source>
        <translation>They are safe on this laptop and will go with the first synchronisation.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="136"/>
        <source>Certificat de l&apos;autorité</source>
        <translation>Certificate authority</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="136"/>
        <source>Certificats (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="151"/>
        <source>Connexion au serveur…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="169"/>
        <source>Synchronisation en cours…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="177"/>
        <source>Envoyés : %1 · reçus : %2 · conflits : %3 · refusés : %4</source>
        <translation>Sent: %1 · received: %2 · conflicts: %3 · refused: %4</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="190"/>
        <source>Hors connexion</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="75"/>
        <source>focalpoint — données verrouillées</source>
        <translation>focalpoint — data locked</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="80"/>
        <source>Les données de cet ordinateur sont chiffrées. Tapez la phrase secrète pour les ouvrir.</source>
        <translation>This laptop&apos;s data is encrypted. Type the passphrase to open it.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="88"/>
        <source>Phrase secrète</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="96"/>
        <source>Déverrouiller</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="98"/>
        <source>Effacer toutes les données…</source>
        <translation>Wipe all data…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="117"/>
        <source>Déverrouillage…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="144"/>
        <source>Trop d&apos;essais : attendez %1 s avant de réessayer.</source>
        <translation>Too many attempts: wait %1 s before trying again.</translation>
    </message>
</context>
<context>
    <name>confirm_wipe</name>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="223"/>
        <source>Effacer toutes les données</source>
        <translation>Wipe all data</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="225"/>
        <source>Toutes les fiches, listes de participants, pièces jointes et sauvegardes de cet ordinateur seront détruites, sans retour possible. Ce qui n&apos;a pas été synchronisé sera perdu. Le serveur sera prévenu de révoquer cet ordinateur.</source>
        <translation>Every record, participant list, attachment and backup on this laptop will be destroyed, with no way back. What has not been synchronised will be lost. The server will be told to revoke this laptop.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="233"/>
        <source>Effacer maintenant</source>
        <translation>Wipe now</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="237"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../focalpoint/ui/errors.py" line="49"/>
        <location filename="../../focalpoint/ui/errors.py" line="60"/>
        <source>focalpoint</source>
        <translation>focalpoint</translation>
    </message>
</context>
<context>
    <name>report_files</name>
    <message>
        <location filename="../../focalpoint/ui/report_files.py" line="93"/>
        <source>Préparation de la liste de présence…</source>
        <translation>Preparing the attendance sheet…</translation>
    </message>
</context>
</TS>
