<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>AttachmentField</name>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="344"/>
        <source>Ajouter un fichier…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="345"/>
        <source>Retirer</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>BooleanField</name>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="161"/>
        <source>Oui</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="162"/>
        <source>Non</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="255"/>
        <source>Champ</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="255"/>
        <source>Version gardée</source>
        <translation>Version gardée</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="255"/>
        <source>Autre version</source>
        <translation>Autre version</translation>
    </message>
</context>
<context>
    <name>ComputedField</name>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="402"/>
        <source>Oui</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="402"/>
        <source>Non</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="200"/>
        <source>Fiche</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="200"/>
        <source>Conflit</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="200"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="211"/>
        <source>Modifié ailleurs en même temps</source>
        <translation>Modifié ailleurs en même temps</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="212"/>
        <source>Modifié après suppression</source>
        <translation>Modifié après suppression</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="213"/>
        <source>Supprimé après modification</source>
        <translation>Supprimé après modification</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="322"/>
        <source>Conflits</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="325"/>
        <source>Aucun conflit. Un conflit apparaît quand un enregistrement a été modifié à la fois sur cet ordinateur et ailleurs ; les deux versions sont alors présentées ici côte à côte. Rien n&apos;est jamais effacé sans trace.</source>
        <translation>Aucun conflit. Un conflit apparaît quand un enregistrement a été modifié à la fois sur cet ordinateur et ailleurs ; les deux versions sont alors présentées ici côte à côte. Rien n&apos;est jamais effacé sans trace.</translation>
    </message>
</context>
<context>
    <name>DashboardBox</name>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="70"/>
        <source>Tableau de bord</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="74"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="75"/>
        <source>Morts</source>
        <translation>Morts</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="76"/>
        <source>Blessés</source>
        <translation>Blessés</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="77"/>
        <source>Activités</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="78"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="79"/>
        <source>dont femmes</source>
        <translation>dont femmes</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="80"/>
        <source>dont jeunes (18–35 ans)</source>
        <translation>dont jeunes (18–35 ans)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="107"/>
        <source>Évolution des incidents</source>
        <translation>Évolution des incidents</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="115"/>
        <source>Incidents, morts et blessés par mois</source>
        <translation>Incidents, morts et blessés par mois</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="122"/>
        <source>jj/mm/aaaa</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="127"/>
        <source>Choisir dans le calendrier</source>
        <translation>Choisir dans le calendrier</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../../focalpoint/ui/pages/drafts.py" line="32"/>
        <source>Brouillons</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/drafts.py" line="37"/>
        <source>Reprendre la saisie interrompue</source>
        <translation>Reprendre la saisie interrompue</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/drafts.py" line="75"/>
        <source>Saisie interrompue le %s : elle n&apos;a pas été enregistrée.</source>
        <translation>Saisie interrompue le %s : elle n&apos;a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="118"/>
        <source>Saisie interrompue reprise : vérifiez puis enregistrez.</source>
        <translation>Saisie interrompue reprise : vérifiez puis enregistrez.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="132"/>
        <source>Nouvelle fiche : %s</source>
        <translation>Nouvelle fiche : %s</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="138"/>
        <source>Enregistrer comme brouillon (Ctrl+S)</source>
        <translation>Enregistrer comme brouillon (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="139"/>
        <source>Finaliser</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="140"/>
        <source>Fermer (Échap)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="187"/>
        <source>Imprimer la liste de présence</source>
        <translation>Imprimer la liste de présence</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="190"/>
        <source>Liste de présence vierge (à signer)</source>
        <translation>Liste de présence vierge (à signer)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="194"/>
        <source>Liste des participants saisis</source>
        <translation>Liste des participants saisis</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="263"/>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="393"/>
        <source>Modifications non enregistrées</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="295"/>
        <source>%n ligne(s) à corriger (cases en rouge).</source>
        <translation>
            <numerusform>%n ligne(s) à corriger (cases en rouge).</numerusform>
            <numerusform>%n ligne(s) à corriger (cases en rouge).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="313"/>
        <source>Saisie sauvegardée automatiquement (non finalisée)</source>
        <translation>Saisie sauvegardée automatiquement (non finalisée)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="340"/>
        <source>Finalisé le %s</source>
        <translation>Finalisé le %s</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="342"/>
        <source>Brouillon enregistré le %s</source>
        <translation>Brouillon enregistré le %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="360"/>
        <source>%n problème(s) à corriger avant de finaliser</source>
        <translation>
            <numerusform>%n problème(s) à corriger avant de finaliser</numerusform>
            <numerusform>%n problème(s) à corriger avant de finaliser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="371"/>
        <source>Joindre un fichier</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="394"/>
        <source>Enregistrer les modifications comme brouillon avant de fermer ?</source>
        <translation>Enregistrer les modifications comme brouillon avant de fermer ?</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="396"/>
        <source>Enregistrer comme brouillon</source>
        <translation>Enregistrer comme brouillon</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="398"/>
        <source>Ne pas enregistrer</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="399"/>
        <source>Continuer la saisie</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>GpsField</name>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="314"/>
        <source>Latitude (ex. 16,27)</source>
        <translation>Latitude (ex. 16,27)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="316"/>
        <source>Longitude (ex. -0,04)</source>
        <translation>Longitude (ex. -0,04)</translation>
    </message>
</context>
<context>
    <name>LocationField</name>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="244"/>
        <source>Localité, quartier, village…</source>
        <translation>Localité, quartier, village…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="245"/>
        <source>— Région —</source>
        <translation>— Région —</translation>
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
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="120"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="121"/>
        <source>Brouillons</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="122"/>
        <source>Conflits</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="123"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="124"/>
        <source>Rapports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="125"/>
        <source>Paramètres</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="129"/>
        <source>Ouverture des données…</source>
        <translation>Ouverture des données…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="136"/>
        <source>Verrouiller</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="149"/>
        <location filename="../../focalpoint/ui/main_window.py" line="219"/>
        <source>Synchronisation non configurée</source>
        <translation>Synchronisation non configurée</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="154"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="222"/>
        <source>Dernière synchronisation : %s</source>
        <translation>Dernière synchronisation : %s</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="224"/>
        <source>Relié au serveur, pas encore synchronisé</source>
        <translation>Relié au serveur, pas encore synchronisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/main_window.py" line="246"/>
        <source>%n enregistrement(s) à envoyer</source>
        <translation>
            <numerusform>%n enregistrement(s) à envoyer</numerusform>
            <numerusform>%n enregistrement(s) à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="316"/>
        <source>Saisie interrompue</source>
        <translation>Saisie interrompue</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="318"/>
        <source>Une saisie n&apos;a pas été enregistrée (%s). Voulez-vous la reprendre ?</source>
        <translation>Une saisie n&apos;a pas été enregistrée (%s). Voulez-vous la reprendre ?</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="321"/>
        <source>Reprendre la saisie</source>
        <translation>Reprendre la saisie</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="322"/>
        <source>Plus tard</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="164"/>
        <source>Changer la phrase secrète</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="164"/>
        <source>Protéger les données</source>
        <translation>Protéger les données</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="170"/>
        <source>Les fiches et les listes de participants seront chiffrées sur cet ordinateur. Choisissez une phrase secrète d&apos;au moins 8 caractères et retenez-la : sans elle, personne (pas même le secrétariat) ne pourra rouvrir les données. Ne l&apos;écrivez pas sur l&apos;ordinateur.</source>
        <translation>Les fiches et les listes de participants seront chiffrées sur cet ordinateur. Choisissez une phrase secrète d&apos;au moins 8 caractères et retenez-la : sans elle, personne (pas même le secrétariat) ne pourra rouvrir les données. Ne l&apos;écrivez pas sur l&apos;ordinateur.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="177"/>
        <source>La nouvelle phrase secrète remplace l&apos;ancienne ; les données ne sont pas rechiffrées, seule leur clé est protégée autrement.</source>
        <translation>La nouvelle phrase secrète remplace l&apos;ancienne ; les données ne sont pas rechiffrées, seule leur clé est protégée autrement.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="187"/>
        <source>Phrase secrète actuelle</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="190"/>
        <source>Nouvelle phrase secrète</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="191"/>
        <source>Retapez-la</source>
        <translation>Retapez-la</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="198"/>
        <source>Valider</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="200"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="145"/>
        <source>Ajouter une ligne</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="146"/>
        <source>Raccourci : Inser ou Ctrl+Maj+N</source>
        <translation>Raccourci : Inser ou Ctrl+Maj+N</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="147"/>
        <source>Supprimer les lignes sélectionnées</source>
        <translation>Supprimer les lignes sélectionnées</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="148"/>
        <source>Raccourci : Ctrl+Suppr (Suppr vide les cases)</source>
        <translation>Raccourci : Ctrl+Suppr (Suppr vide les cases)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="149"/>
        <source>Coller depuis Excel</source>
        <translation>Coller depuis Excel</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="152"/>
        <source>Copiez les lignes dans Excel ou LibreOffice, puis cliquez ici (ou Ctrl+V dans le tableau). Une première ligne de titres (Nom, Prénom, Sexe…) est reconnue.</source>
        <translation>Copiez les lignes dans Excel ou LibreOffice, puis cliquez ici (ou Ctrl+V dans le tableau). Une première ligne de titres (Nom, Prénom, Sexe…) est reconnue.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/editor/participants.py" line="255"/>
        <source>%n ligne(s) ajoutée(s).</source>
        <translation>
            <numerusform>%n ligne(s) ajoutée(s).</numerusform>
            <numerusform>%n ligne(s) ajoutée(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/editor/participants.py" line="274"/>
        <source>%n colonne(s) en trop ignorée(s) : vérifiez l&apos;ordre des colonnes ({columns}).</source>
        <translation>
            <numerusform>%n colonne(s) en trop ignorée(s) : vérifiez l&apos;ordre des colonnes ({columns}).</numerusform>
            <numerusform>%n colonne(s) en trop ignorée(s) : vérifiez l&apos;ordre des colonnes ({columns}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="257"/>
        <source>Aucune ligne à coller sous la ligne des titres.</source>
        <translation>Aucune ligne à coller sous la ligne des titres.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="260"/>
        <source>Rien à coller : copiez d&apos;abord les cellules dans Excel ou LibreOffice.</source>
        <translation>Rien à coller : copiez d&apos;abord les cellules dans Excel ou LibreOffice.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="263"/>
        <source>(sans titre)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="265"/>
        <source>Colonne ignorée : {columns}.</source>
        <translation>Colonne ignorée : {columns}.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="267"/>
        <source>Colonnes ignorées : {columns}.</source>
        <translation>Colonnes ignorées : {columns}.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants.py" line="388"/>
        <source>Total : {total} · Femmes : {women} ({share}) · Hommes : {men} · Jeunes (18-35 ans) : {youth} · Personnes handicapées : {disabled}</source>
        <translation>Total : {total} · Femmes : {women} ({share}) · Hommes : {men} · Jeunes (18-35 ans) : {youth} · Personnes handicapées : {disabled}</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../focalpoint/ui/editor/participants_model.py" line="191"/>
        <source>Oui</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants_model.py" line="191"/>
        <source>Non</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/participants_model.py" line="220"/>
        <source>Calculé automatiquement à partir de : %s</source>
        <translation>Calculé automatiquement à partir de : %s</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="90"/>
        <source>Année</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="92"/>
        <source>Période</source>
        <translation>Période</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="57"/>
        <source>Titre</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="58"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="59"/>
        <source>Région</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="60"/>
        <source>Catégorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="61"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="93"/>
        <source>Brouillon</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="93"/>
        <source>Finalisé</source>
        <translation>Finalisé</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="95"/>
        <source>%s · à envoyer</source>
        <translation>%s · à envoyer</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="97"/>
        <source>%s · pièces jointes à envoyer</source>
        <translation>%s · pièces jointes à envoyer</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="123"/>
        <source>(sans titre)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="85"/>
        <source>Activités</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="85"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="90"/>
        <source>Nouveau (Ctrl+N)</source>
        <translation>Nouveau (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="93"/>
        <source>Rechercher dans les titres (Ctrl+F)</source>
        <translation>Rechercher dans les titres (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="96"/>
        <source>Toutes les régions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="102"/>
        <source>%s : tous</source>
        <translation>%s : tous</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="111"/>
        <source>Tous les statuts</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="112"/>
        <source>Brouillons</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="113"/>
        <source>Finalisés</source>
        <translation>Finalisés</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="114"/>
        <source>Depuis le</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="115"/>
        <source>Jusqu&apos;au</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="133"/>
        <source>Du</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="135"/>
        <source>au</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="190"/>
        <source>%1 sur %2 affiché(s)</source>
        <translation>%1 sur %2 affiché(s)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="200"/>
        <source>Imprimer la liste de présence</source>
        <translation>Imprimer la liste de présence</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="201"/>
        <source>Pour l&apos;activité sélectionnée dans la liste</source>
        <translation>Pour l&apos;activité sélectionnée dans la liste</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="204"/>
        <source>Liste de présence vierge (à signer)</source>
        <translation>Liste de présence vierge (à signer)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="208"/>
        <source>Liste des participants saisis</source>
        <translation>Liste des participants saisis</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="170"/>
        <source>Générer un rapport</source>
        <translation>Générer un rapport</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="184"/>
        <source>Liste de présence vierge (à signer)</source>
        <translation>Liste de présence vierge (à signer)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="185"/>
        <source>Liste des participants</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="186"/>
        <source>Rapport d&apos;activité</source>
        <translation>Rapport d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="187"/>
        <source>Rapport hebdomadaire NEWS</source>
        <translation>Rapport hebdomadaire NEWS</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="188"/>
        <source>Bulletin mensuel sur la sécurité humaine</source>
        <translation>Bulletin mensuel sur la sécurité humaine</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="189"/>
        <source>Bulletin trimestriel</source>
        <translation>Bulletin trimestriel</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="196"/>
        <source>Toutes les régions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="200"/>
        <source>Rechercher une activité</source>
        <translation>Rechercher une activité</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="218"/>
        <source>PDF (à lire ou imprimer)</source>
        <translation>PDF (à lire ou imprimer)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="219"/>
        <source>Classeur Excel (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
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
        <translation>Générer</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="229"/>
        <source>Ouvrir</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="230"/>
        <source>Enregistrer sous…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="233"/>
        <source>Le fichier enregistré n&apos;est pas chiffré : ne le gardez pas sur l&apos;ordinateur plus longtemps que nécessaire.</source>
        <translation>Le fichier enregistré n&apos;est pas chiffré : ne le gardez pas sur l&apos;ordinateur plus longtemps que nécessaire.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="253"/>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="254"/>
        <source>Période</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="255"/>
        <source>Région</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="256"/>
        <source>Activité</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="257"/>
        <source>Nombre de lignes</source>
        <translation>Nombre de lignes</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="258"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="319"/>
        <source>Choisissez d&apos;abord une activité.</source>
        <translation>Choisissez d&apos;abord une activité.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="344"/>
        <source>Préparation du rapport…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="387"/>
        <source>%n page(s) prête(s) : %s</source>
        <translation>
            <numerusform>%n page(s) prête(s) : %s</numerusform>
            <numerusform>%n page(s) prête(s) : %s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="392"/>
        <source>Fichier prêt : %s</source>
        <translation>Fichier prêt : %s</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="408"/>
        <source>Enregistrer le rapport</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="420"/>
        <source>Copie enregistrée : %s</source>
        <translation>Copie enregistrée : %s</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="54"/>
        <source>Rapports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="67"/>
        <source>Tableau de bord et rapports</source>
        <translation>Tableau de bord et rapports</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="70"/>
        <source>Importer et exporter</source>
        <translation>Importer et exporter</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="92"/>
        <source>Exporter les enregistrements</source>
        <translation>Exporter les enregistrements</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="95"/>
        <source>Classeur Excel (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="96"/>
        <source>Fichiers CSV (un dossier)</source>
        <translation>Fichiers CSV (un dossier)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="97"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="99"/>
        <source>Tous les formulaires</source>
        <translation>Tous les formulaires</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="102"/>
        <source>Exporter…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="104"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="105"/>
        <source>Formulaire</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="109"/>
        <source>Attention : un fichier exporté n&apos;est pas chiffré. Ne le gardez pas sur l&apos;ordinateur plus longtemps que nécessaire et ne l&apos;envoyez pas par messagerie.</source>
        <translation>Attention : un fichier exporté n&apos;est pas chiffré. Ne le gardez pas sur l&apos;ordinateur plus longtemps que nécessaire et ne l&apos;envoyez pas par messagerie.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="119"/>
        <location filename="../../focalpoint/ui/pages/reports.py" line="180"/>
        <source>Importer des enregistrements</source>
        <translation>Importer des enregistrements</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="123"/>
        <source>Fichier .xlsx, .csv, .jsonl ou .json : une colonne par champ (lieu.region, gps.lat…). Les lignes correctes sont importées ; chaque ligne refusée est indiquée avec son numéro et la raison.</source>
        <translation>Fichier .xlsx, .csv, .jsonl ou .json : une colonne par champ (lieu.region, gps.lat…). Les lignes correctes sont importées ; chaque ligne refusée est indiquée avec son numéro et la raison.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="134"/>
        <source>Importer un fichier…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="136"/>
        <source>Formulaire des lignes</source>
        <translation>Formulaire des lignes</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="143"/>
        <source>Le compte rendu du dernier import ou export s&apos;affiche ici.</source>
        <translation>Le compte rendu du dernier import ou export s&apos;affiche ici.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="156"/>
        <source>Dossier de l&apos;export CSV</source>
        <translation>Dossier de l&apos;export CSV</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="159"/>
        <source>Enregistrer l&apos;export</source>
        <translation>Enregistrer l&apos;export</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="168"/>
        <source>Export en cours…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="182"/>
        <source>Données (*.xlsx *.csv *.jsonl *.json)</source>
        <translation>Données (*.xlsx *.csv *.jsonl *.json)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="196"/>
        <source>Import en cours…</source>
        <translation>Import en cours…</translation>
    </message>
</context>
<context>
    <name>SelectOneField</name>
    <message>
        <location filename="../../focalpoint/ui/editor/fields.py" line="185"/>
        <source>— Choisir —</source>
        <translation>— Choisir —</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../focalpoint/ui/session.py" line="185"/>
        <source>La sauvegarde automatique n&apos;a pas pu être faite.</source>
        <translation>La sauvegarde automatique n&apos;a pas pu être faite.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/session.py" line="234"/>
        <source>Base de données endommagée</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/session.py" line="236"/>
        <source>La base de données de cet ordinateur est endommagée : rien ne peut y être enregistré tant qu&apos;elle n&apos;est pas réparée.</source>
        <translation>La base de données de cet ordinateur est endommagée : rien ne peut y être enregistré tant qu&apos;elle n&apos;est pas réparée.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/session.py" line="241"/>
        <source>La dernière sauvegarde date du %1. La restaurer remet les fiches de ce moment ; celles en attente d&apos;envoi seront renvoyées, et ce qui a été synchronisé depuis reviendra du serveur. La base endommagée est gardée à part.</source>
        <translation>La dernière sauvegarde date du %1. La restaurer remet les fiches de ce moment ; celles en attente d&apos;envoi seront renvoyées, et ce qui a été synchronisé depuis reviendra du serveur. La base endommagée est gardée à part.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/session.py" line="246"/>
        <source>Restaurer la sauvegarde</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/session.py" line="249"/>
        <source>Aucune sauvegarde n&apos;existe : contactez le secrétariat.</source>
        <translation>Aucune sauvegarde n&apos;existe : contactez le secrétariat.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/session.py" line="252"/>
        <source>Quitter</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/session.py" line="274"/>
        <source>Base restaurée depuis la sauvegarde du %1.</source>
        <translation>Base restaurée depuis la sauvegarde du %1.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="37"/>
        <source>Paramètres</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="47"/>
        <source>ex. Aminata Maïga (PF Gao)</source>
        <translation>ex. Aminata Maïga (PF Gao)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="48"/>
        <source>Enregistrer le nom</source>
        <translation>Enregistrer le nom</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="50"/>
        <source>Langue</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="51"/>
        <source>Nom de l&apos;auteur des fiches</source>
        <translation>Nom de l&apos;auteur des fiches</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="53"/>
        <source>Créer les données de démonstration</source>
        <translation>Créer les données de démonstration</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="55"/>
        <source>150 activités et 600 incidents fictifs, seulement si aucune fiche n&apos;existe</source>
        <translation>150 activités et 600 incidents fictifs, seulement si aucune fiche n&apos;existe</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="59"/>
        <source>Démonstration</source>
        <translation>Démonstration</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="61"/>
        <source>Dossier des données</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="62"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="70"/>
        <source>Sécurité des données</source>
        <translation>Sécurité des données</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="74"/>
        <source>Chiffrées sur cet ordinateur (phrase secrète)</source>
        <translation>Chiffrées sur cet ordinateur (phrase secrète)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="76"/>
        <source>Non chiffrées : données de démonstration seulement</source>
        <translation>Non chiffrées : données de démonstration seulement</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="79"/>
        <source>Données</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="82"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="83"/>
        <source>jamais</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="87"/>
        <source>Verrouiller après</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="88"/>
        <source>Changer la phrase secrète…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="92"/>
        <source>Phrase secrète</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="94"/>
        <source>Sauvegarder maintenant</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="98"/>
        <source>Sauvegardes</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="100"/>
        <source>Effacer toutes les données…</source>
        <translation>Effacer toutes les données…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="104"/>
        <source>En cas de danger : détruit en quelques secondes tout ce qui est sur cet ordinateur</source>
        <translation>En cas de danger : détruit en quelques secondes tout ce qui est sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="108"/>
        <source>Urgence</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="121"/>
        <source>Aucune sauvegarde pour l&apos;instant.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/pages/settings.py" line="124"/>
        <source>%n sauvegarde(s) ; la dernière le %1.</source>
        <translation>
            <numerusform>%n sauvegarde(s) ; la dernière le %1.</numerusform>
            <numerusform>%n sauvegarde(s) ; la dernière le %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="155"/>
        <source>Phrase secrète changée.</source>
        <translation>Phrase secrète changée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/pages/settings.py" line="183"/>
        <source>Rien à faire : %n fiche(s) existent déjà.</source>
        <translation>
            <numerusform>Rien à faire : %n fiche(s) existent déjà.</numerusform>
            <numerusform>Rien à faire : %n fiche(s) existent déjà.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="187"/>
        <source>Créées : %1 activités et %2 incidents.</source>
        <translation>Créées : %1 activités et %2 incidents.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/settings.py" line="195"/>
        <source>Création des données de démonstration…</source>
        <translation>Création des données de démonstration…</translation>
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
        <translation>Relier cet ordinateur au serveur du secrétariat</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="62"/>
        <source>jeton remis par le secrétariat, ou l&apos;adresse du QR code</source>
        <translation>jeton remis par le secrétariat, ou l&apos;adresse du QR code</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="66"/>
        <source>facultatif : fichier .pem de l&apos;autorité, si le secrétariat vous l&apos;a remis</source>
        <translation>facultatif : fichier .pem de l&apos;autorité, si le secrétariat vous l&apos;a remis</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="68"/>
        <source>Choisir…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="73"/>
        <source>Relier</source>
        <translation>Relier</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="75"/>
        <source>Adresse du serveur</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="76"/>
        <source>Jeton</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="77"/>
        <source>Certificat</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="82"/>
        <source>Synchroniser maintenant</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/pages/info.py" line="106"/>
        <source>%n enregistrement(s) attendent d&apos;être envoyés.</source>
        <translation>
            <numerusform>%n enregistrement(s) attendent d&apos;être envoyés.</numerusform>
            <numerusform>%n enregistrement(s) attendent d&apos;être envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="111"/>
        <source>jamais</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="114"/>
        <source>Relié à %1. Dernière synchronisation : %2.</source>
        <translation>Relié à %1. Dernière synchronisation : %2.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="122"/>
        <source>Cet ordinateur n&apos;est pas encore relié au serveur du secrétariat.</source>
        <translation>Cet ordinateur n&apos;est pas encore relié au serveur du secrétariat.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="127"/>
        <source>Ils sont en sécurité sur cet ordinateur et partiront à la première synchronisation.</source>
        <translation>Ils sont en sécurité sur cet ordinateur et partiront à la première synchronisation.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="136"/>
        <source>Certificat de l&apos;autorité</source>
        <translation>Certificat de l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="136"/>
        <source>Certificats (*.pem *.crt)</source>
        <translation>Certificats (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="151"/>
        <source>Connexion au serveur…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="169"/>
        <source>Synchronisation en cours…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="177"/>
        <source>Envoyés : %1 · reçus : %2 · conflits : %3 · refusés : %4</source>
        <translation>Envoyés : %1 · reçus : %2 · conflits : %3 · refusés : %4</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="190"/>
        <source>Hors connexion</source>
        <translation>Hors connexion</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="75"/>
        <source>focalpoint — données verrouillées</source>
        <translation>focalpoint — données verrouillées</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="80"/>
        <source>Les données de cet ordinateur sont chiffrées. Tapez la phrase secrète pour les ouvrir.</source>
        <translation>Les données de cet ordinateur sont chiffrées. Tapez la phrase secrète pour les ouvrir.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="88"/>
        <source>Phrase secrète</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="96"/>
        <source>Déverrouiller</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="98"/>
        <source>Effacer toutes les données…</source>
        <translation>Effacer toutes les données…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="117"/>
        <source>Déverrouillage…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="144"/>
        <source>Trop d&apos;essais : attendez %1 s avant de réessayer.</source>
        <translation>Trop d&apos;essais : attendez %1 s avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>confirm_wipe</name>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="223"/>
        <source>Effacer toutes les données</source>
        <translation>Effacer toutes les données</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="225"/>
        <source>Toutes les fiches, listes de participants, pièces jointes et sauvegardes de cet ordinateur seront détruites, sans retour possible. Ce qui n&apos;a pas été synchronisé sera perdu. Le serveur sera prévenu de révoquer cet ordinateur.</source>
        <translation>Toutes les fiches, listes de participants, pièces jointes et sauvegardes de cet ordinateur seront détruites, sans retour possible. Ce qui n&apos;a pas été synchronisé sera perdu. Le serveur sera prévenu de révoquer cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="233"/>
        <source>Effacer maintenant</source>
        <translation>Effacer maintenant</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/lock_dialogs.py" line="237"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
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
        <translation>Préparation de la liste de présence…</translation>
    </message>
</context>
</TS>
