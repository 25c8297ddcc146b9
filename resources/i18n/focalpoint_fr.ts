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
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="261"/>
        <source>Statut</source>
        <translation>Statut</translation>
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
    <name>ChangesModel</name>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="136"/>
        <source>Champ</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="136"/>
        <source>Avant</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="136"/>
        <source>Après</source>
        <translation>Après</translation>
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
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="64"/>
        <source>Fiche</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="64"/>
        <source>Conflit</source>
        <translation>Conflit</translation>
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
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="324"/>
        <source>Aucun conflit. Un conflit apparaît quand un enregistrement a été modifié à la fois sur cet ordinateur et ailleurs ; les deux versions sont alors présentées ici côte à côte. Rien n&apos;est jamais effacé sans trace.</source>
        <translation>Aucun conflit. Un conflit apparaît quand un enregistrement a été modifié à la fois sur cet ordinateur et ailleurs ; les deux versions sont alors présentées ici côte à côte. Rien n&apos;est jamais effacé sans trace.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="361"/>
        <source>Pour chaque champ en jaune, choisissez la version à garder, ou double-cliquez sur la valeur retenue pour en saisir une autre. La fiche résolue est enregistrée comme une modification et partira à la prochaine synchronisation.</source>
        <translation>Pour chaque champ en jaune, choisissez la version à garder, ou double-cliquez sur la valeur retenue pour en saisir une autre. La fiche résolue est enregistrée comme une modification et partira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="370"/>
        <source>L&apos;autre version est une suppression de la fiche.</source>
        <translation>L&apos;autre version est une suppression de la fiche.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="388"/>
        <source>Tout garder</source>
        <translation>Tout garder</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="389"/>
        <source>Garder la version actuelle pour chaque champ</source>
        <translation>Garder la version actuelle pour chaque champ</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="391"/>
        <source>Tout prendre de l&apos;autre version</source>
        <translation>Tout prendre de l&apos;autre version</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="393"/>
        <source>Résoudre</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="498"/>
        <source>Conflit résolu : la fiche est enregistrée et partira à la prochaine synchronisation.</source>
        <translation>Conflit résolu : la fiche est enregistrée et partira à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>DashboardBox</name>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="92"/>
        <source>Tableau de bord</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="96"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="97"/>
        <source>Morts</source>
        <translation>Morts</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="98"/>
        <source>Blessés</source>
        <translation>Blessés</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="99"/>
        <source>Activités</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="100"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="101"/>
        <source>dont femmes</source>
        <translation>dont femmes</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="102"/>
        <source>dont jeunes (18–35 ans)</source>
        <translation>dont jeunes (18–35 ans)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="133"/>
        <source>Évolution des incidents</source>
        <translation>Évolution des incidents</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="141"/>
        <source>Incidents, morts et blessés par mois</source>
        <translation>Incidents, morts et blessés par mois</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="167"/>
        <source>%n incident(s) en attente de vérification, non compté(s) ci-dessus</source>
        <translation>
            <numerusform>%n incident(s) en attente de vérification, non compté(s) ci-dessus</numerusform>
            <numerusform>%n incident(s) en attente de vérification, non compté(s) ci-dessus</numerusform>
        </translation>
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
    <name>DeskBoard</name>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="344"/>
        <source>Double-cliquez pour ouvrir l&apos;incident</source>
        <translation>Double-cliquez pour ouvrir l&apos;incident</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="347"/>
        <source>Incidents en attente de vérification</source>
        <translation>Incidents en attente de vérification</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="350"/>
        <source>Appareils sans synchronisation depuis plus de 7 jours</source>
        <translation>Appareils sans synchronisation depuis plus de 7 jours</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="357"/>
        <source>Incidents vérifiés par région</source>
        <translation>Incidents vérifiés par région</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="378"/>
        <source>Semaine : %1 · mois : %2. Seuls les incidents vérifiés sont comptés.</source>
        <translation>Semaine : %1 · mois : %2. Seuls les incidents vérifiés sont comptés.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="385"/>
        <source>Incidents en attente de vérification (%s)</source>
        <translation>Incidents en attente de vérification (%s)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="390"/>
        <source>Liste des appareils du %s.</source>
        <translation>Liste des appareils du %s.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="393"/>
        <source>La liste des appareils n&apos;a pas encore été lue sur le serveur (page Appareils ou synchronisation).</source>
        <translation>La liste des appareils n&apos;a pas encore été lue sur le serveur (page Appareils ou synchronisation).</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="69"/>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="70"/>
        <source>Rôle</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="71"/>
        <source>Régions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="72"/>
        <source>Dernière synchronisation</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="73"/>
        <source>En attente</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="74"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="75"/>
        <source>Révoqué</source>
        <translation>Révoqué</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="321"/>
        <source>Appareils</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="323"/>
        <source>Enrôler un appareil…</source>
        <translation>Enrôler un appareil…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="324"/>
        <source>Révoquer…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="325"/>
        <source>Changer les régions…</source>
        <translation>Changer les régions…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="326"/>
        <source>Actualiser</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="327"/>
        <source>Publier un formulaire…</source>
        <translation>Publier un formulaire…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="393"/>
        <source>Liste des appareils…</source>
        <translation>Liste des appareils…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="421"/>
        <source>Liste à jour (%s).</source>
        <translation>Liste à jour (%s).</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="423"/>
        <source>Liste à jour.</source>
        <translation>Liste à jour.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="427"/>
        <source>Hors connexion : liste du %s.</source>
        <translation>Hors connexion : liste du %s.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="429"/>
        <source>La liste n&apos;a encore jamais été chargée depuis le serveur.</source>
        <translation>La liste n&apos;a encore jamais été chargée depuis le serveur.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="472"/>
        <source>Enrôlement…</source>
        <translation>Enrôlement…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="483"/>
        <source>Appareil « %s » enrôlé.</source>
        <translation>Appareil « %s » enrôlé.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="494"/>
        <source>Révoquer un appareil</source>
        <translation>Révoquer un appareil</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="497"/>
        <source>Révoquer « %s » ? Son jeton sera refusé dès maintenant ; ce qu&apos;il n&apos;a pas encore envoyé restera sur l&apos;ordinateur. Cela ne peut pas être annulé.</source>
        <translation>Révoquer « %s » ? Son jeton sera refusé dès maintenant ; ce qu&apos;il n&apos;a pas encore envoyé restera sur l&apos;ordinateur. Cela ne peut pas être annulé.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="502"/>
        <source>Révoquer</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="503"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="513"/>
        <source>Révocation…</source>
        <translation>Révocation…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="515"/>
        <source>Appareil « %s » révoqué.</source>
        <translation>Appareil « %s » révoqué.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="537"/>
        <source>Changement des régions…</source>
        <translation>Changement des régions…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="540"/>
        <source>Régions de « %1 » : %2.</source>
        <translation>Régions de « %1 » : %2.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="553"/>
        <source>Publier un formulaire</source>
        <translation>Publier un formulaire</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="555"/>
        <source>Formulaires (*.json *.xlsx)</source>
        <translation>Formulaires (*.json *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="565"/>
        <source>Publication du formulaire…</source>
        <translation>Publication du formulaire…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="576"/>
        <source>Version %1 du formulaire « %2 » publiée : les ordinateurs la recevront à leur prochaine synchronisation.</source>
        <translation>Version %1 du formulaire « %2 » publiée : les ordinateurs la recevront à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="583"/>
        <source>Remarques sur la conversion du XLSForm :</source>
        <translation>Remarques sur la conversion du XLSForm :</translation>
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
    <name>EnrolDialog</name>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="172"/>
        <source>Enrôler un appareil</source>
        <translation>Enrôler un appareil</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="175"/>
        <source>ex. gao-2</source>
        <translation>ex. gao-2</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="181"/>
        <source>Le secrétariat voit toutes les régions.</source>
        <translation>Le secrétariat voit toutes les régions.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="186"/>
        <source>Nom de l&apos;appareil</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="187"/>
        <source>Rôle</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="188"/>
        <source>Régions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="192"/>
        <source>Enrôler</source>
        <translation>Enrôler</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="194"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="119"/>
        <source>Saisie interrompue reprise : vérifiez puis enregistrez.</source>
        <translation>Saisie interrompue reprise : vérifiez puis enregistrez.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="133"/>
        <source>Nouvelle fiche : %s</source>
        <translation>Nouvelle fiche : %s</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="139"/>
        <source>Enregistrer comme brouillon (Ctrl+S)</source>
        <translation>Enregistrer comme brouillon (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="140"/>
        <source>Finaliser</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="141"/>
        <source>Fermer (Échap)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="195"/>
        <source>Historique…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="210"/>
        <source>Imprimer la liste de présence</source>
        <translation>Imprimer la liste de présence</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="213"/>
        <source>Liste de présence vierge (à signer)</source>
        <translation>Liste de présence vierge (à signer)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="217"/>
        <source>Liste des participants saisis</source>
        <translation>Liste des participants saisis</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="286"/>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="416"/>
        <source>Modifications non enregistrées</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="318"/>
        <source>%n ligne(s) à corriger (cases en rouge).</source>
        <translation>
            <numerusform>%n ligne(s) à corriger (cases en rouge).</numerusform>
            <numerusform>%n ligne(s) à corriger (cases en rouge).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="336"/>
        <source>Saisie sauvegardée automatiquement (non finalisée)</source>
        <translation>Saisie sauvegardée automatiquement (non finalisée)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="363"/>
        <source>Finalisé le %s</source>
        <translation>Finalisé le %s</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="365"/>
        <source>Brouillon enregistré le %s</source>
        <translation>Brouillon enregistré le %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="383"/>
        <source>%n problème(s) à corriger avant de finaliser</source>
        <translation>
            <numerusform>%n problème(s) à corriger avant de finaliser</numerusform>
            <numerusform>%n problème(s) à corriger avant de finaliser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="394"/>
        <source>Joindre un fichier</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="417"/>
        <source>Enregistrer les modifications comme brouillon avant de fermer ?</source>
        <translation>Enregistrer les modifications comme brouillon avant de fermer ?</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="419"/>
        <source>Enregistrer comme brouillon</source>
        <translation>Enregistrer comme brouillon</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="421"/>
        <source>Ne pas enregistrer</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/form_editor.py" line="422"/>
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
    <name>HistoryDialog</name>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="176"/>
        <source>Historique de la fiche</source>
        <translation>Historique de la fiche</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="178"/>
        <source>Lecture de l&apos;historique sur le serveur…</source>
        <translation>Lecture de l&apos;historique sur le serveur…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="201"/>
        <source>Vérification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="230"/>
        <source>Lecture de l&apos;historique…</source>
        <translation>Lecture de l&apos;historique…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/history_dialog.py" line="242"/>
        <source>%n version(s) gardée(s) sur le serveur ; rien n&apos;est effacé sans trace.</source>
        <translation>
            <numerusform>%n version(s) gardée(s) sur le serveur ; rien n&apos;est effacé sans trace.</numerusform>
            <numerusform>%n version(s) gardée(s) sur le serveur ; rien n&apos;est effacé sans trace.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="254"/>
        <source>L&apos;historique est gardé sur le serveur : il faut une connexion pour le lire.</source>
        <translation>L&apos;historique est gardé sur le serveur : il faut une connexion pour le lire.</translation>
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
        <location filename="../../focalpoint/ui/main_window.py" line="73"/>
        <source>focalpoint — WANEP-Mali</source>
        <translation>focalpoint — WANEP-Mali</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="124"/>
        <source>Activités</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="125"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="126"/>
        <source>Brouillons</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="127"/>
        <source>Conflits</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="128"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="129"/>
        <source>Rapports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="130"/>
        <source>Paramètres</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="131"/>
        <source>Appareils</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="136"/>
        <source>Ouverture des données…</source>
        <translation>Ouverture des données…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="143"/>
        <source>Verrouiller</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="156"/>
        <location filename="../../focalpoint/ui/main_window.py" line="254"/>
        <source>Synchronisation non configurée</source>
        <translation>Synchronisation non configurée</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="161"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="257"/>
        <source>Dernière synchronisation : %s</source>
        <translation>Dernière synchronisation : %s</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="259"/>
        <source>Relié au serveur, pas encore synchronisé</source>
        <translation>Relié au serveur, pas encore synchronisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/main_window.py" line="281"/>
        <source>%n enregistrement(s) à envoyer</source>
        <translation>
            <numerusform>%n enregistrement(s) à envoyer</numerusform>
            <numerusform>%n enregistrement(s) à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="351"/>
        <source>Saisie interrompue</source>
        <translation>Saisie interrompue</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="353"/>
        <source>Une saisie n&apos;a pas été enregistrée (%s). Voulez-vous la reprendre ?</source>
        <translation>Une saisie n&apos;a pas été enregistrée (%s). Voulez-vous la reprendre ?</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="356"/>
        <source>Reprendre la saisie</source>
        <translation>Reprendre la saisie</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/main_window.py" line="357"/>
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
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="94"/>
        <source>Année</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="96"/>
        <source>Période</source>
        <translation>Période</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="65"/>
        <source>Titre</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="66"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="67"/>
        <source>Région</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="68"/>
        <source>Catégorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="69"/>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="72"/>
        <source>Vérification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="103"/>
        <source>Brouillon</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="103"/>
        <source>Finalisé</source>
        <translation>Finalisé</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="105"/>
        <source>%s · à envoyer</source>
        <translation>%s · à envoyer</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="107"/>
        <source>%s · pièces jointes à envoyer</source>
        <translation>%s · pièces jointes à envoyer</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/models/records.py" line="133"/>
        <source>(sans titre)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="87"/>
        <source>Activités</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="87"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="92"/>
        <source>Nouveau (Ctrl+N)</source>
        <translation>Nouveau (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="95"/>
        <source>Rechercher dans les titres (Ctrl+F)</source>
        <translation>Rechercher dans les titres (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="98"/>
        <source>Toutes les régions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="104"/>
        <source>%s : tous</source>
        <translation>%s : tous</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="113"/>
        <source>Tous les statuts</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="114"/>
        <source>Brouillons</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="115"/>
        <source>Finalisés</source>
        <translation>Finalisés</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="117"/>
        <source>Toutes les vérifications</source>
        <translation>Toutes les vérifications</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="121"/>
        <source>Depuis le</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="122"/>
        <source>Jusqu&apos;au</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="141"/>
        <source>Du</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="143"/>
        <source>au</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="199"/>
        <source>%1 sur %2 affiché(s)</source>
        <translation>%1 sur %2 affiché(s)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="209"/>
        <source>Imprimer la liste de présence</source>
        <translation>Imprimer la liste de présence</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="210"/>
        <source>Pour l&apos;activité sélectionnée dans la liste</source>
        <translation>Pour l&apos;activité sélectionnée dans la liste</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="213"/>
        <source>Liste de présence vierge (à signer)</source>
        <translation>Liste de présence vierge (à signer)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/records.py" line="217"/>
        <source>Liste des participants saisis</source>
        <translation>Liste des participants saisis</translation>
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
        <translation>Morts</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="214"/>
        <source>Blessés</source>
        <translation>Blessés</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="215"/>
        <source>semaine</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="215"/>
        <source>mois</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="217"/>
        <source>Région</source>
        <translation>Région</translation>
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
        <translation>Régions de %s</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="293"/>
        <source>À sa prochaine synchronisation, l&apos;appareil recevra toutes les fiches de ses nouvelles régions et ne verra plus celles des autres.</source>
        <translation>À sa prochaine synchronisation, l&apos;appareil recevra toutes les fiches de ses nouvelles régions et ne verra plus celles des autres.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="301"/>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="302"/>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="174"/>
        <source>Générer un rapport</source>
        <translation>Générer un rapport</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="188"/>
        <source>Liste de présence vierge (à signer)</source>
        <translation>Liste de présence vierge (à signer)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="189"/>
        <source>Liste des participants</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="190"/>
        <source>Rapport d&apos;activité</source>
        <translation>Rapport d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="191"/>
        <source>Rapport hebdomadaire NEWS</source>
        <translation>Rapport hebdomadaire NEWS</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="192"/>
        <source>Bulletin mensuel sur la sécurité humaine</source>
        <translation>Bulletin mensuel sur la sécurité humaine</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="193"/>
        <source>Bulletin trimestriel</source>
        <translation>Bulletin trimestriel</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="200"/>
        <source>Toutes les régions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="204"/>
        <source>Rechercher une activité</source>
        <translation>Rechercher une activité</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="218"/>
        <source>Inclure les incidents non vérifiés</source>
        <translation>Inclure les incidents non vérifiés</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="221"/>
        <source>Par défaut, seuls les incidents vérifiés par le secrétariat sont comptés. Cochée, les autres le sont aussi et le rapport les signale comme non vérifiés.</source>
        <translation>Par défaut, seuls les incidents vérifiés par le secrétariat sont comptés. Cochée, les autres le sont aussi et le rapport les signale comme non vérifiés.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="229"/>
        <source>PDF (à lire ou imprimer)</source>
        <translation>PDF (à lire ou imprimer)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="230"/>
        <source>Classeur Excel (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
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
        <translation>Générer</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="240"/>
        <source>Ouvrir</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="241"/>
        <source>Enregistrer sous…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="244"/>
        <source>Le fichier enregistré n&apos;est pas chiffré : ne le gardez pas sur l&apos;ordinateur plus longtemps que nécessaire.</source>
        <translation>Le fichier enregistré n&apos;est pas chiffré : ne le gardez pas sur l&apos;ordinateur plus longtemps que nécessaire.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="264"/>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="265"/>
        <source>Période</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="266"/>
        <source>Région</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="267"/>
        <source>Activité</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="268"/>
        <source>Nombre de lignes</source>
        <translation>Nombre de lignes</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="269"/>
        <source>Vérification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="270"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="332"/>
        <source>Choisissez d&apos;abord une activité.</source>
        <translation>Choisissez d&apos;abord une activité.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="358"/>
        <source>Préparation du rapport…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="389"/>
        <source>Aucun incident vérifié sur cette période : %n incident(s) non vérifié(s) n&apos;y figure(nt) pas. Cochez « Inclure les incidents non vérifiés » pour les compter.</source>
        <translation>
            <numerusform>Aucun incident vérifié sur cette période : %n incident(s) non vérifié(s) n&apos;y figure(nt) pas. Cochez « Inclure les incidents non vérifiés » pour les compter.</numerusform>
            <numerusform>Aucun incident vérifié sur cette période : %n incident(s) non vérifié(s) n&apos;y figure(nt) pas. Cochez « Inclure les incidents non vérifiés » pour les compter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="413"/>
        <source>%n page(s) prête(s) : %s</source>
        <translation>
            <numerusform>%n page(s) prête(s) : %s</numerusform>
            <numerusform>%n page(s) prête(s) : %s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="417"/>
        <source>Fichier prêt : %s</source>
        <translation>Fichier prêt : %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="420"/>
        <source>%n incident(s) non vérifié(s) inclus et signalés</source>
        <translation>
            <numerusform>%n incident(s) non vérifié(s) inclus et signalés</numerusform>
            <numerusform>%n incident(s) non vérifié(s) inclus et signalés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="422"/>
        <source>%n incident(s) non vérifié(s) non compté(s)</source>
        <translation>
            <numerusform>%n incident(s) non vérifié(s) non compté(s)</numerusform>
            <numerusform>%n incident(s) non vérifié(s) non compté(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="439"/>
        <source>Enregistrer le rapport</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/report_builder.py" line="451"/>
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
        <location filename="../../focalpoint/ui/pages/reports.py" line="73"/>
        <source>Secrétariat : toutes les régions</source>
        <translation>Secrétariat : toutes les régions</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="98"/>
        <source>Exporter les enregistrements</source>
        <translation>Exporter les enregistrements</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="101"/>
        <source>Classeur Excel (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="102"/>
        <source>Fichiers CSV (un dossier)</source>
        <translation>Fichiers CSV (un dossier)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="103"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="105"/>
        <source>Tous les formulaires</source>
        <translation>Tous les formulaires</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="108"/>
        <source>Exporter…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="110"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="111"/>
        <source>Formulaire</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="115"/>
        <source>Attention : un fichier exporté n&apos;est pas chiffré. Ne le gardez pas sur l&apos;ordinateur plus longtemps que nécessaire et ne l&apos;envoyez pas par messagerie.</source>
        <translation>Attention : un fichier exporté n&apos;est pas chiffré. Ne le gardez pas sur l&apos;ordinateur plus longtemps que nécessaire et ne l&apos;envoyez pas par messagerie.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="125"/>
        <location filename="../../focalpoint/ui/pages/reports.py" line="186"/>
        <source>Importer des enregistrements</source>
        <translation>Importer des enregistrements</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="129"/>
        <source>Fichier .xlsx, .csv, .jsonl ou .json : une colonne par champ (lieu.region, gps.lat…). Les lignes correctes sont importées ; chaque ligne refusée est indiquée avec son numéro et la raison.</source>
        <translation>Fichier .xlsx, .csv, .jsonl ou .json : une colonne par champ (lieu.region, gps.lat…). Les lignes correctes sont importées ; chaque ligne refusée est indiquée avec son numéro et la raison.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="140"/>
        <source>Importer un fichier…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="142"/>
        <source>Formulaire des lignes</source>
        <translation>Formulaire des lignes</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="149"/>
        <source>Le compte rendu du dernier import ou export s&apos;affiche ici.</source>
        <translation>Le compte rendu du dernier import ou export s&apos;affiche ici.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="162"/>
        <source>Dossier de l&apos;export CSV</source>
        <translation>Dossier de l&apos;export CSV</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="165"/>
        <source>Enregistrer l&apos;export</source>
        <translation>Enregistrer l&apos;export</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="174"/>
        <source>Export en cours…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="188"/>
        <source>Données (*.xlsx *.csv *.jsonl *.json)</source>
        <translation>Données (*.xlsx *.csv *.jsonl *.json)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/reports.py" line="202"/>
        <source>Import en cours…</source>
        <translation>Import en cours…</translation>
    </message>
</context>
<context>
    <name>ResolutionModel</name>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="114"/>
        <source>Champ</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="115"/>
        <source>Version actuelle</source>
        <translation>Version actuelle</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="116"/>
        <source>Autre version</source>
        <translation>Autre version</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="117"/>
        <source>Choix</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="118"/>
        <source>Valeur retenue</source>
        <translation>Valeur retenue</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="124"/>
        <source>Prendre l&apos;autre version</source>
        <translation>Prendre l&apos;autre version</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="126"/>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="205"/>
        <source>Valeur saisie</source>
        <translation>Valeur saisie</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="127"/>
        <source>Garder la version actuelle</source>
        <translation>Garder la version actuelle</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="207"/>
        <source>Double-cliquez pour saisir une autre valeur</source>
        <translation>Double-cliquez pour saisir une autre valeur</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/conflicts.py" line="219"/>
        <source>Identique</source>
        <translation>Identique</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../focalpoint/ui/editor/review_panel.py" line="127"/>
        <source>Vérification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/review_panel.py" line="143"/>
        <source>Statut inchangé</source>
        <translation>Statut inchangé</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/review_panel.py" line="148"/>
        <source>Commentaire pour le point focal</source>
        <translation>Commentaire pour le point focal</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/review_panel.py" line="149"/>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/review_panel.py" line="151"/>
        <source>Réponse ou précision pour le secrétariat</source>
        <translation>Réponse ou précision pour le secrétariat</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/review_panel.py" line="152"/>
        <source>Répondre</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/review_panel.py" line="154"/>
        <source>Historique…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/review_panel.py" line="183"/>
        <source>Brouillon : la vérification commence une fois la fiche finalisée.</source>
        <translation>Brouillon : la vérification commence une fois la fiche finalisée.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/editor/review_panel.py" line="190"/>
        <source>Statut : %s</source>
        <translation>Statut : %s</translation>
    </message>
</context>
<context>
    <name>ReviewThreadModel</name>
    <message>
        <location filename="../../focalpoint/ui/editor/review_panel.py" line="82"/>
        <source>statut : %s</source>
        <translation>statut : %s</translation>
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
    <name>StaleDevicesModel</name>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="290"/>
        <source>Appareil</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="291"/>
        <source>Régions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="292"/>
        <source>Dernière synchronisation</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/dashboard.py" line="308"/>
        <source>jamais (enrôlé le %s)</source>
        <translation>jamais (enrôlé le %s)</translation>
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
        <translation>Relier cet ordinateur au serveur du secrétariat</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="60"/>
        <source>jeton remis par le secrétariat, ou l&apos;adresse du QR code</source>
        <translation>jeton remis par le secrétariat, ou l&apos;adresse du QR code</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="64"/>
        <source>facultatif : fichier .pem de l&apos;autorité, si le secrétariat vous l&apos;a remis</source>
        <translation>facultatif : fichier .pem de l&apos;autorité, si le secrétariat vous l&apos;a remis</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="66"/>
        <source>Choisir…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="71"/>
        <source>Relier</source>
        <translation>Relier</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="73"/>
        <source>Adresse du serveur</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="74"/>
        <source>Jeton</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="75"/>
        <source>Certificat</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="80"/>
        <source>Synchroniser maintenant</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/pages/info.py" line="104"/>
        <source>%n enregistrement(s) attendent d&apos;être envoyés.</source>
        <translation>
            <numerusform>%n enregistrement(s) attendent d&apos;être envoyés.</numerusform>
            <numerusform>%n enregistrement(s) attendent d&apos;être envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="109"/>
        <source>jamais</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="112"/>
        <source>Relié à %1. Dernière synchronisation : %2.</source>
        <translation>Relié à %1. Dernière synchronisation : %2.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="120"/>
        <source>Cet ordinateur n&apos;est pas encore relié au serveur du secrétariat.</source>
        <translation>Cet ordinateur n&apos;est pas encore relié au serveur du secrétariat.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="125"/>
        <source>Ils sont en sécurité sur cet ordinateur et partiront à la première synchronisation.</source>
        <translation>Ils sont en sécurité sur cet ordinateur et partiront à la première synchronisation.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="134"/>
        <source>Certificat de l&apos;autorité</source>
        <translation>Certificat de l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="134"/>
        <source>Certificats (*.pem *.crt)</source>
        <translation>Certificats (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="149"/>
        <source>Connexion au serveur…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="167"/>
        <source>Synchronisation en cours…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="175"/>
        <source>Envoyés : %1 · reçus : %2 · conflits : %3 · refusés : %4</source>
        <translation>Envoyés : %1 · reçus : %2 · conflits : %3 · refusés : %4</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/info.py" line="188"/>
        <source>Hors connexion</source>
        <translation>Hors connexion</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="227"/>
        <source>Jeton de %s</source>
        <translation>Jeton de %s</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="230"/>
        <source>Ce jeton ne sera plus jamais affiché. Transmettez-le maintenant au point focal (ou scannez le QR code depuis l&apos;ordinateur à relier), puis fermez cette fenêtre. Perdu, il faudra révoquer l&apos;appareil et en enrôler un nouveau.</source>
        <translation>Ce jeton ne sera plus jamais affiché. Transmettez-le maintenant au point focal (ou scannez le QR code depuis l&apos;ordinateur à relier), puis fermez cette fenêtre. Perdu, il faudra révoquer l&apos;appareil et en enrôler un nouveau.</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="244"/>
        <source>Copier</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="264"/>
        <source>QR code d&apos;enrôlement</source>
        <translation>QR code d&apos;enrôlement</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="266"/>
        <source>Appareil</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="267"/>
        <source>Serveur</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="268"/>
        <source>Jeton</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/pages/devices.py" line="270"/>
        <source>J&apos;ai transmis le jeton</source>
        <translation>J&apos;ai transmis le jeton</translation>
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
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="70"/>
        <source>Auteur</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="71"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="72"/>
        <source>Ce qui a changé</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="84"/>
        <source>Copie perdante (conflit) : %s</source>
        <translation>Copie perdante (conflit) : %s</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="86"/>
        <source>Suppression</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="87"/>
        <source>Création</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="87"/>
        <source>Modification</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="92"/>
        <source>Première version</source>
        <translation>Première version</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/history_dialog.py" line="94"/>
        <source>Aucun champ modifié</source>
        <translation>Aucun champ modifié</translation>
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
    <name>desk</name>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="55"/>
        <source>jamais</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="57"/>
        <source>aujourd&apos;hui</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="59"/>
        <source>hier</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/desk_text.py" line="60"/>
        <source>il y a %n jour(s)</source>
        <translation>
            <numerusform>il y a %n jour(s)</numerusform>
            <numerusform>il y a %n jour(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="66"/>
        <source>Modifié ailleurs en même temps</source>
        <translation>Modifié ailleurs en même temps</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="67"/>
        <source>Modifié après suppression</source>
        <translation>Modifié après suppression</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="68"/>
        <source>Supprimé après modification</source>
        <translation>Supprimé après modification</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="75"/>
        <source>Secrétariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="76"/>
        <source>Point focal</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="85"/>
        <source>Toutes</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="101"/>
        <source>Oui</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../focalpoint/ui/desk_text.py" line="103"/>
        <source>Non</source>
        <translation>Non</translation>
    </message>
    <message numerus="yes">
        <location filename="../../focalpoint/ui/desk_text.py" line="111"/>
        <source>%n ligne(s)</source>
        <translation>
            <numerusform>%n ligne(s)</numerusform>
            <numerusform>%n ligne(s)</numerusform>
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
        <translation>Préparation de la liste de présence…</translation>
    </message>
</context>
</TS>
