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
    <name>AwaitingModel</name>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="261"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="261"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="261"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="261"/>
        <source>Statut</source>
        <translation>Status</translation>
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
    <name>ChangesModel</name>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="136"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="136"/>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="136"/>
        <source>Après</source>
        <translation>After</translation>
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
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="64"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="64"/>
        <source>Conflit</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="64"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="319"/>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="324"/>
        <source>Aucun conflit. Un conflit apparaît quand un enregistrement a été modifié à la fois sur cet ordinateur et ailleurs ; les deux versions sont alors présentées ici côte à côte. Rien n&apos;est jamais effacé sans trace.</source>
        <translation>No conflicts. A conflict appears when a record was changed both on this laptop and elsewhere; both versions are then shown here side by side. Nothing is ever deleted without a trace.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="361"/>
        <source>Pour chaque champ en jaune, choisissez la version à garder, ou double-cliquez sur la valeur retenue pour en saisir une autre. La fiche résolue est enregistrée comme une modification et partira à la prochaine synchronisation.</source>
        <translation>For each field in yellow, choose the version to keep, or double-click the value kept to type another one. The resolved record is saved as an edit and will be sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="370"/>
        <source>L&apos;autre version est une suppression de la fiche.</source>
        <translation>The other version deletes the record.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="388"/>
        <source>Tout garder</source>
        <translation>Keep everything</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="389"/>
        <source>Garder la version actuelle pour chaque champ</source>
        <translation>Keep the current version for every field</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="391"/>
        <source>Tout prendre de l&apos;autre version</source>
        <translation>Take everything from the other version</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="393"/>
        <source>Résoudre</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="498"/>
        <source>Conflit résolu : la fiche est enregistrée et partira à la prochaine synchronisation.</source>
        <translation>Conflict resolved: the record is saved and will be sent at the next sync.</translation>
    </message>
</context>
<context>
    <name>DashboardBox</name>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="92"/>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="96"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="97"/>
        <source>Morts</source>
        <translation>Deaths</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="98"/>
        <source>Blessés</source>
        <translation>Injured</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="99"/>
        <source>Activités</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="100"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="101"/>
        <source>dont femmes</source>
        <translation>of whom women</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="102"/>
        <source>dont jeunes (18–35 ans)</source>
        <translation>of whom youth (18–35)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="133"/>
        <source>Évolution des incidents</source>
        <translation>Incident trend</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="141"/>
        <source>Incidents, morts et blessés par mois</source>
        <translation>Incidents, deaths and injured per month</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="167"/>
        <source>%n incident(s) en attente de vérification, non compté(s) ci-dessus</source>
        <translation>
            <numerusform>%n incident(s) awaiting verification, not counted above</numerusform>
            <numerusform>%n incident(s) awaiting verification, not counted above</numerusform>
        </translation>
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
    <name>DeskBoard</name>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="344"/>
        <source>Double-cliquez pour ouvrir l&apos;incident</source>
        <translation>Double-click to open the incident</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="347"/>
        <source>Incidents en attente de vérification</source>
        <translation>Incidents awaiting verification</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="350"/>
        <source>Appareils sans synchronisation depuis plus de 7 jours</source>
        <translation>Devices not synced for more than 7 days</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="357"/>
        <source>Incidents vérifiés par région</source>
        <translation>Verified incidents by region</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="378"/>
        <source>Semaine : %1 · mois : %2. Seuls les incidents vérifiés sont comptés.</source>
        <translation>Week: %1 · month: %2. Only verified incidents are counted.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="385"/>
        <source>Incidents en attente de vérification (%s)</source>
        <translation>Incidents awaiting verification (%s)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="390"/>
        <source>Liste des appareils du %s.</source>
        <translation>Device list of %s.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="393"/>
        <source>La liste des appareils n&apos;a pas encore été lue sur le serveur (page Appareils ou synchronisation).</source>
        <translation>The device list has not been read from the server yet (Devices page or sync).</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="69"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="70"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="71"/>
        <source>Régions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="72"/>
        <source>Dernière synchronisation</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="73"/>
        <source>En attente</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="74"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="75"/>
        <source>Révoqué</source>
        <translation>Revoked</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="321"/>
        <source>Appareils</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="323"/>
        <source>Enrôler un appareil…</source>
        <translation>Enrol a device…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="324"/>
        <source>Révoquer…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="325"/>
        <source>Changer les régions…</source>
        <translation>Change regions…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="326"/>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="327"/>
        <source>Publier un formulaire…</source>
        <translation>Publish a form…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="393"/>
        <source>Liste des appareils…</source>
        <translation>Device list…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="421"/>
        <source>Liste à jour (%s).</source>
        <translation>List up to date (%s).</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="423"/>
        <source>Liste à jour.</source>
        <translation>List up to date.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="427"/>
        <source>Hors connexion : liste du %s.</source>
        <translation>Offline: list of %s.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="429"/>
        <source>La liste n&apos;a encore jamais été chargée depuis le serveur.</source>
        <translation>The list has never been loaded from the server yet.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="472"/>
        <source>Enrôlement…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="483"/>
        <source>Appareil « %s » enrôlé.</source>
        <translation>Device “%s” enrolled.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="494"/>
        <source>Révoquer un appareil</source>
        <translation>Revoke a device</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="497"/>
        <source>Révoquer « %s » ? Son jeton sera refusé dès maintenant ; ce qu&apos;il n&apos;a pas encore envoyé restera sur l&apos;ordinateur. Cela ne peut pas être annulé.</source>
        <translation>Revoke “%s”? Its token will be refused from now on; what it has not sent yet stays on the laptop. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="502"/>
        <source>Révoquer</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="503"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="513"/>
        <source>Révocation…</source>
        <translation>Revoking…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="515"/>
        <source>Appareil « %s » révoqué.</source>
        <translation>Device “%s” revoked.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="537"/>
        <source>Changement des régions…</source>
        <translation>Changing the regions…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="540"/>
        <source>Régions de « %1 » : %2.</source>
        <translation>Regions of “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="553"/>
        <source>Publier un formulaire</source>
        <translation>Publish a form</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="555"/>
        <source>Formulaires (*.json *.xlsx)</source>
        <translation>Forms (*.json *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="565"/>
        <source>Publication du formulaire…</source>
        <translation>Publishing the form…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="576"/>
        <source>Version %1 du formulaire « %2 » publiée : les ordinateurs la recevront à leur prochaine synchronisation.</source>
        <translation>Version %1 of form “%2” published: laptops will receive it at their next sync.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="583"/>
        <source>Remarques sur la conversion du XLSForm :</source>
        <translation>Notes on the XLSForm conversion:</translation>
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
    <name>EnrolDialog</name>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="172"/>
        <source>Enrôler un appareil</source>
        <translation>Enrol a device</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="175"/>
        <source>ex. gao-2</source>
        <translation>e.g. gao-2</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="181"/>
        <source>Le secrétariat voit toutes les régions.</source>
        <translation>The secretariat sees every region.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="186"/>
        <source>Nom de l&apos;appareil</source>
        <translation>Device name</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="187"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="188"/>
        <source>Régions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="192"/>
        <source>Enrôler</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="194"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="119"/>
        <source>Saisie interrompue reprise : vérifiez puis enregistrez.</source>
        <translation>Interrupted entry resumed: check it, then save.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="133"/>
        <source>Nouvelle fiche : %s</source>
        <translation>New record: %s</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="139"/>
        <source>Enregistrer comme brouillon (Ctrl+S)</source>
        <translation>Save as draft (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="140"/>
        <source>Finaliser</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="141"/>
        <source>Fermer (Échap)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="195"/>
        <source>Historique…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="210"/>
        <source>Imprimer la liste de présence</source>
        <translation>Print the attendance sheet</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="213"/>
        <source>Liste de présence vierge (à signer)</source>
        <translation>Blank attendance sheet (to sign)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="217"/>
        <source>Liste des participants saisis</source>
        <translation>List of the entered participants</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="286"/>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="416"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="318"/>
        <source>%n ligne(s) à corriger (cases en rouge).</source>
        <translation>
            <numerusform>%n row to correct (cells in red).</numerusform>
            <numerusform>%n rows to correct (cells in red).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="336"/>
        <source>Saisie sauvegardée automatiquement (non finalisée)</source>
        <translation>Entry saved automatically (not finalised)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="363"/>
        <source>Finalisé le %s</source>
        <translation>Finalised on %s</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="365"/>
        <source>Brouillon enregistré le %s</source>
        <translation>Draft saved on %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="383"/>
        <source>%n problème(s) à corriger avant de finaliser</source>
        <translation>
            <numerusform>%n problem to fix before finalising</numerusform>
            <numerusform>%n problems to fix before finalising</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="394"/>
        <source>Joindre un fichier</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="417"/>
        <source>Enregistrer les modifications comme brouillon avant de fermer ?</source>
        <translation>Save the changes as a draft before closing?</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="419"/>
        <source>Enregistrer comme brouillon</source>
        <translation>Save as draft</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="421"/>
        <source>Ne pas enregistrer</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="422"/>
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
    <name>HistoryDialog</name>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="176"/>
        <source>Historique de la fiche</source>
        <translation>Record history</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="178"/>
        <source>Lecture de l&apos;historique sur le serveur…</source>
        <translation>Reading the history on the server…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="201"/>
        <source>Vérification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="230"/>
        <source>Lecture de l&apos;historique…</source>
        <translation>Reading the history…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/history_dialog.py" line="242"/>
        <source>%n version(s) gardée(s) sur le serveur ; rien n&apos;est effacé sans trace.</source>
        <translation>
            <numerusform>%n version(s) kept on the server; nothing is erased without a trace.</numerusform>
            <numerusform>%n version(s) kept on the server; nothing is erased without a trace.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="254"/>
        <source>L&apos;historique est gardé sur le serveur : il faut une connexion pour le lire.</source>
        <translation>The history is kept on the server: a connection is needed to read it.</translation>
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
        <location filename="../../focalpoint/ui/main_window.py" line="73"/>
        <source>focalpoint — WANEP-Mali</source>
        <translation>focalpoint — WANEP-Mali</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="124"/>
        <source>Activités</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="125"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="126"/>
        <source>Brouillons</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="127"/>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="128"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="129"/>
        <source>Rapports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="130"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="131"/>
        <source>Appareils</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="136"/>
        <source>Ouverture des données…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="143"/>
        <source>Verrouiller</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="156"/>
        <location filename="../../focalpoint/ui/main_window.py" line="254"/>
        <source>Synchronisation non configurée</source>
        <translation>Synchronisation not set up</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="161"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="257"/>
        <source>Dernière synchronisation : %s</source>
        <translation>Last synchronisation: %s</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="259"/>
        <source>Relié au serveur, pas encore synchronisé</source>
        <translation>Linked to the server, not synchronised yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/main_window.py" line="281"/>
        <source>%n enregistrement(s) à envoyer</source>
        <translation>
            <numerusform>%n record to send</numerusform>
            <numerusform>%n records to send</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="351"/>
        <source>Saisie interrompue</source>
        <translation>Interrupted entry</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="353"/>
        <source>Une saisie n&apos;a pas été enregistrée (%s). Voulez-vous la reprendre ?</source>
        <translation>An entry was not saved (%s). Do you want to resume it?</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="356"/>
        <source>Reprendre la saisie</source>
        <translation>Resume the entry</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="357"/>
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
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="94"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="96"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="65"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="66"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="67"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="68"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="69"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="72"/>
        <source>Vérification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="103"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="103"/>
        <source>Finalisé</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="105"/>
        <source>%s · à envoyer</source>
        <translation>%s · to send</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="107"/>
        <source>%s · pièces jointes à envoyer</source>
        <translation>%s · attachments to send</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="133"/>
        <source>(sans titre)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="87"/>
        <source>Activités</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="87"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="92"/>
        <source>Nouveau (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="95"/>
        <source>Rechercher dans les titres (Ctrl+F)</source>
        <translation>Search the titles (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="98"/>
        <source>Toutes les régions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="104"/>
        <source>%s : tous</source>
        <translation>%s: all</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="113"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="114"/>
        <source>Brouillons</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="115"/>
        <source>Finalisés</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="117"/>
        <source>Toutes les vérifications</source>
        <translation>All verification statuses</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="121"/>
        <source>Depuis le</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="122"/>
        <source>Jusqu&apos;au</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="141"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="143"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="199"/>
        <source>%1 sur %2 affiché(s)</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="209"/>
        <source>Imprimer la liste de présence</source>
        <translation>Print the attendance sheet</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="210"/>
        <source>Pour l&apos;activité sélectionnée dans la liste</source>
        <translation>For the activity selected in the list</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="213"/>
        <source>Liste de présence vierge (à signer)</source>
        <translation>Blank attendance sheet (to sign)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="217"/>
        <source>Liste des participants saisis</source>
        <translation>List of the entered participants</translation>
    </message>
</context>
<context>
    <name>RegionFiguresModel</name>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="214"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="214"/>
        <source>Morts</source>
        <translation>Deaths</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="214"/>
        <source>Blessés</source>
        <translation>Injured</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="215"/>
        <source>semaine</source>
        <translation>week</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="215"/>
        <source>mois</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="217"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="239"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>RegionsDialog</name>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="289"/>
        <source>Régions de %s</source>
        <translation>Regions of %s</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="293"/>
        <source>À sa prochaine synchronisation, l&apos;appareil recevra toutes les fiches de ses nouvelles régions et ne verra plus celles des autres.</source>
        <translation>At its next sync the device will receive every record of its new regions and will no longer see the others.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="301"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="302"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="174"/>
        <source>Générer un rapport</source>
        <translation>Generate a report</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="188"/>
        <source>Liste de présence vierge (à signer)</source>
        <translation>Blank attendance sheet (to sign)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="189"/>
        <source>Liste des participants</source>
        <translation>Participant list</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="190"/>
        <source>Rapport d&apos;activité</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="191"/>
        <source>Rapport hebdomadaire NEWS</source>
        <translation>NEWS weekly report</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="192"/>
        <source>Bulletin mensuel sur la sécurité humaine</source>
        <translation>Monthly human security bulletin</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="193"/>
        <source>Bulletin trimestriel</source>
        <translation>Quarterly bulletin</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="200"/>
        <source>Toutes les régions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="204"/>
        <source>Rechercher une activité</source>
        <translation>Search for an activity</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="218"/>
        <source>Inclure les incidents non vérifiés</source>
        <translation>Include unverified incidents</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="221"/>
        <source>Par défaut, seuls les incidents vérifiés par le secrétariat sont comptés. Cochée, les autres le sont aussi et le rapport les signale comme non vérifiés.</source>
        <translation>By default, only the incidents verified by the secretariat are counted. When ticked, the others are counted too and the report marks them as not verified.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="229"/>
        <source>PDF (à lire ou imprimer)</source>
        <translation>PDF (to read or print)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="230"/>
        <source>Classeur Excel (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="231"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="232"/>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="238"/>
        <source>Générer</source>
        <translation>Generate</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="240"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="241"/>
        <source>Enregistrer sous…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="244"/>
        <source>Le fichier enregistré n&apos;est pas chiffré : ne le gardez pas sur l&apos;ordinateur plus longtemps que nécessaire.</source>
        <translation>The saved file is not encrypted: do not keep it on the laptop longer than needed.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="264"/>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="265"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="266"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="267"/>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="268"/>
        <source>Nombre de lignes</source>
        <translation>Number of rows</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="269"/>
        <source>Vérification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="270"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="332"/>
        <source>Choisissez d&apos;abord une activité.</source>
        <translation>Choose an activity first.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="358"/>
        <source>Préparation du rapport…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="389"/>
        <source>Aucun incident vérifié sur cette période : %n incident(s) non vérifié(s) n&apos;y figure(nt) pas. Cochez « Inclure les incidents non vérifiés » pour les compter.</source>
        <translation>
            <numerusform>No verified incident in this period: %n unverified incident(s) left out. Tick “Include unverified incidents” to count them.</numerusform>
            <numerusform>No verified incident in this period: %n unverified incident(s) left out. Tick “Include unverified incidents” to count them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="413"/>
        <source>%n page(s) prête(s) : %s</source>
        <translation>
            <numerusform>%n page ready: %s</numerusform>
            <numerusform>%n pages ready: %s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="417"/>
        <source>Fichier prêt : %s</source>
        <translation>File ready: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="420"/>
        <source>%n incident(s) non vérifié(s) inclus et signalés</source>
        <translation>
            <numerusform>%n unverified incident(s) included and marked</numerusform>
            <numerusform>%n unverified incident(s) included and marked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="422"/>
        <source>%n incident(s) non vérifié(s) non compté(s)</source>
        <translation>
            <numerusform>%n unverified incident(s) not counted</numerusform>
            <numerusform>%n unverified incident(s) not counted</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="439"/>
        <source>Enregistrer le rapport</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="451"/>
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
        <location filename="../../focalpoint/ui/pages/reports.py" line="73"/>
        <source>Secrétariat : toutes les régions</source>
        <translation>Secretariat: all regions</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="98"/>
        <source>Exporter les enregistrements</source>
        <translation>Export records</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="101"/>
        <source>Classeur Excel (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="102"/>
        <source>Fichiers CSV (un dossier)</source>
        <translation>CSV files (one folder)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="103"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="105"/>
        <source>Tous les formulaires</source>
        <translation>All forms</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="108"/>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="110"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="111"/>
        <source>Formulaire</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="115"/>
        <source>Attention : un fichier exporté n&apos;est pas chiffré. Ne le gardez pas sur l&apos;ordinateur plus longtemps que nécessaire et ne l&apos;envoyez pas par messagerie.</source>
        <translation>Warning: an exported file is not encrypted. Do not keep it on the laptop longer than needed and do not send it through a messaging app.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="125"/>
        <location filename="../../focalpoint/ui/pages/reports.py" line="186"/>
        <source>Importer des enregistrements</source>
        <translation>Import records</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="129"/>
        <source>Fichier .xlsx, .csv, .jsonl ou .json : une colonne par champ (lieu.region, gps.lat…). Les lignes correctes sont importées ; chaque ligne refusée est indiquée avec son numéro et la raison.</source>
        <translation>An .xlsx, .csv, .jsonl or .json file: one column per field (lieu.region, gps.lat…). Valid rows are imported; each rejected row is listed with its number and the reason.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="140"/>
        <source>Importer un fichier…</source>
        <translation>Import a file…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="142"/>
        <source>Formulaire des lignes</source>
        <translation>Form for the rows</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="149"/>
        <source>Le compte rendu du dernier import ou export s&apos;affiche ici.</source>
        <translation>The report of the last import or export appears here.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="162"/>
        <source>Dossier de l&apos;export CSV</source>
        <translation>Folder for the CSV export</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="165"/>
        <source>Enregistrer l&apos;export</source>
        <translation>Save the export</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="174"/>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="188"/>
        <source>Données (*.xlsx *.csv *.jsonl *.json)</source>
        <translation>Data (*.xlsx *.csv *.jsonl *.json)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="202"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>ResolutionModel</name>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="114"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="115"/>
        <source>Version actuelle</source>
        <translation>Current version</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="116"/>
        <source>Autre version</source>
        <translation>Other version</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="117"/>
        <source>Choix</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="118"/>
        <source>Valeur retenue</source>
        <translation>Value kept</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="124"/>
        <source>Prendre l&apos;autre version</source>
        <translation>Take the other version</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="126"/>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="205"/>
        <source>Valeur saisie</source>
        <translation>Typed value</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="127"/>
        <source>Garder la version actuelle</source>
        <translation>Keep the current version</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="207"/>
        <source>Double-cliquez pour saisir une autre valeur</source>
        <translation>Double-click to type another value</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="219"/>
        <source>Identique</source>
        <translation>Same</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../focalpoint/ui/editor/review_panel.py" line="127"/>
        <source>Vérification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/review_panel.py" line="143"/>
        <source>Statut inchangé</source>
        <translation>Status unchanged</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/review_panel.py" line="148"/>
        <source>Commentaire pour le point focal</source>
        <translation>Comment for the focal point</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/review_panel.py" line="149"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/review_panel.py" line="151"/>
        <source>Réponse ou précision pour le secrétariat</source>
        <translation>Answer or detail for the secretariat</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/review_panel.py" line="152"/>
        <source>Répondre</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/review_panel.py" line="154"/>
        <source>Historique…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/review_panel.py" line="183"/>
        <source>Brouillon : la vérification commence une fois la fiche finalisée.</source>
        <translation>Draft: verification starts once the record is finalised.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/review_panel.py" line="190"/>
        <source>Statut : %s</source>
        <translation>Status: %s</translation>
    </message>
</context>
<context>
    <name>ReviewThreadModel</name>
    <message>
        <location filename="../../focalpoint/ui/editor/review_panel.py" line="82"/>
        <source>statut : %s</source>
        <translation>status: %s</translation>
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
    <name>StaleDevicesModel</name>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="290"/>
        <source>Appareil</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="291"/>
        <source>Régions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="292"/>
        <source>Dernière synchronisation</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="308"/>
        <source>jamais (enrôlé le %s)</source>
        <translation>never (enrolled on %s)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="52"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="53"/>
        <source>Relier cet ordinateur au serveur du secrétariat</source>
        <translation>Link this laptop to the secretariat&apos;s server</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="60"/>
        <source>jeton remis par le secrétariat, ou l&apos;adresse du QR code</source>
        <translation>token from the secretariat, or the address in the QR code</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="64"/>
        <source>facultatif : fichier .pem de l&apos;autorité, si le secrétariat vous l&apos;a remis</source>
        <translation>optional: the authority&apos;s .pem file, if the secretariat gave you one</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="66"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="71"/>
        <source>Relier</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="73"/>
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="74"/>
        <source>Jeton</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="75"/>
        <source>Certificat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="80"/>
        <source>Synchroniser maintenant</source>
        <translation>Synchronise now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/pages/info.py" line="104"/>
        <source>%n enregistrement(s) attendent d&apos;être envoyés.</source>
        <translation>
            <numerusform>%n record is waiting to be sent.</numerusform>
            <numerusform>%n records are waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="109"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="112"/>
        <source>Relié à %1. Dernière synchronisation : %2.</source>
        <translation>Linked to %1. Last synchronisation: %2.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="120"/>
        <source>Cet ordinateur n&apos;est pas encore relié au serveur du secrétariat.</source>
        <translation>This laptop is not linked to the secretariat&apos;s server yet.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="125"/>
        <source>Ils sont en sécurité sur cet ordinateur et partiront à la première synchronisation.</source>
        <translation>They are safe on this laptop and will go with the first synchronisation.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="134"/>
        <source>Certificat de l&apos;autorité</source>
        <translation>Certificate authority</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="134"/>
        <source>Certificats (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="149"/>
        <source>Connexion au serveur…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="167"/>
        <source>Synchronisation en cours…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="175"/>
        <source>Envoyés : %1 · reçus : %2 · conflits : %3 · refusés : %4</source>
        <translation>Sent: %1 · received: %2 · conflicts: %3 · refused: %4</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="188"/>
        <source>Hors connexion</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="227"/>
        <source>Jeton de %s</source>
        <translation>Token of %s</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="230"/>
        <source>Ce jeton ne sera plus jamais affiché. Transmettez-le maintenant au point focal (ou scannez le QR code depuis l&apos;ordinateur à relier), puis fermez cette fenêtre. Perdu, il faudra révoquer l&apos;appareil et en enrôler un nouveau.</source>
        <translation>This token will never be shown again. Give it to the focal point now (or scan the QR code from the laptop to link), then close this window. If it is lost, the device must be revoked and a new one enrolled.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="244"/>
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="264"/>
        <source>QR code d&apos;enrôlement</source>
        <translation>Enrolment QR code</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="266"/>
        <source>Appareil</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="267"/>
        <source>Serveur</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="268"/>
        <source>Jeton</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="270"/>
        <source>J&apos;ai transmis le jeton</source>
        <translation>I have passed on the token</translation>
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
    <name>VersionsModel</name>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="67"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="68"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="69"/>
        <source>Ordinateur</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="70"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="71"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="72"/>
        <source>Ce qui a changé</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="84"/>
        <source>Copie perdante (conflit) : %s</source>
        <translation>Losing copy (conflict): %s</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="86"/>
        <source>Suppression</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="87"/>
        <source>Création</source>
        <translation>Creation</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="87"/>
        <source>Modification</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="92"/>
        <source>Première version</source>
        <translation>First version</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="94"/>
        <source>Aucun champ modifié</source>
        <translation>No field changed</translation>
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
    <name>desk</name>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="55"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="57"/>
        <source>aujourd&apos;hui</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="59"/>
        <source>hier</source>
        <translation>yesterday</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/desk_text.py" line="60"/>
        <source>il y a %n jour(s)</source>
        <translation>
            <numerusform>%n day(s) ago</numerusform>
            <numerusform>%n day(s) ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="66"/>
        <source>Modifié ailleurs en même temps</source>
        <translation>Edited elsewhere at the same time</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="67"/>
        <source>Modifié après suppression</source>
        <translation>Edited after deletion</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="68"/>
        <source>Supprimé après modification</source>
        <translation>Deleted after an edit</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="75"/>
        <source>Secrétariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="76"/>
        <source>Point focal</source>
        <translation>Focal point</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="85"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="101"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="103"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/desk_text.py" line="111"/>
        <source>%n ligne(s)</source>
        <translation>
            <numerusform>%n row(s)</numerusform>
            <numerusform>%n row(s)</numerusform>
        </translation>
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
