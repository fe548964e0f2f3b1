<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityDelegation</name>
    <message>
        <location filename="../app/decisions/activitydelegation.cpp" line="22"/>
        <source>Please decide (delegated from HQ Tower)</source>
        <translation>Veuillez décider (délégué depuis HQ Tower)</translation>
    </message>
    <message>
        <location filename="../app/decisions/activitydelegation.cpp" line="42"/>
        <source>Choose the Odoo user to delegate to.</source>
        <translation>Choisissez l&apos;utilisateur Odoo à qui déléguer.</translation>
    </message>
    <message>
        <location filename="../app/decisions/activitydelegation.cpp" line="46"/>
        <source>There is no Odoo document to delegate.</source>
        <translation>Il n&apos;y a aucun document Odoo à déléguer.</translation>
    </message>
    <message>
        <location filename="../app/decisions/activitydelegation.cpp" line="56"/>
        <source>No Odoo user with login %1.</source>
        <translation>Aucun utilisateur Odoo avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>AdapterConfig</name>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="35"/>
        <source>a condition needs &quot;field&quot; and a list &quot;in&quot; or &quot;not_in&quot; (or &quot;gone&quot;: true)</source>
        <translation>une condition demande &quot;field&quot; et une liste &quot;in&quot; ou &quot;not_in&quot; (ou &quot;gone&quot;: true)</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="45"/>
        <source>conditions must be a list</source>
        <translation>les conditions doivent être une liste</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="72"/>
        <source>an action needs either &quot;method&quot; or &quot;schedule_activity&quot;: true</source>
        <translation>une action demande soit &quot;method&quot;, soit &quot;schedule_activity&quot;: true</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="87"/>
        <source>a method rule needs &quot;method&quot;, and &quot;versions&quot; like &quot;17-18&quot;</source>
        <translation>une règle de méthode demande &quot;method&quot; et &quot;versions&quot; comme &quot;17-18&quot;</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="100"/>
        <source>&quot;applied_from_seen&quot; needs &quot;field&quot; and &quot;states&quot;</source>
        <translation>&quot;applied_from_seen&quot; demande &quot;field&quot; et &quot;states&quot;</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="111"/>
        <source>an action that calls a method needs &quot;applied&quot; (how Odoo shows it took effect)</source>
        <translation>une action qui appelle une méthode demande &quot;applied&quot; (comment Odoo montre qu&apos;elle a pris effet)</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="157"/>
        <source>&quot;adapter&quot; and &quot;model&quot; are required</source>
        <translation>&quot;adapter&quot; et &quot;model&quot; sont obligatoires</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="159"/>
        <source>a list of the fields to read is required</source>
        <translation>une liste des champs à lire est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="162"/>
        <source>the conditions of a record that still waits are required</source>
        <translation>les conditions d&apos;un enregistrement encore en attente sont obligatoires</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="166"/>
        <source>at least one action is required</source>
        <translation>au moins une action est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="174"/>
        <location filename="../app/decisions/adapterconfig.cpp" line="189"/>
        <source>&quot;action&quot; must be one of %1</source>
        <translation>&quot;action&quot; doit être l&apos;une de %1</translation>
    </message>
    <message>
        <location filename="../app/decisions/adapterconfig.cpp" line="197"/>
        <source>&quot;message&quot; must be approval_limit or not_an_approver</source>
        <translation>&quot;message&quot; doit être approval_limit ou not_an_approver</translation>
    </message>
</context>
<context>
    <name>AdapterSupport</name>
    <message>
        <location filename="../app/decisions/adaptersupport.cpp" line="55"/>
        <source>Odoo did not create the %1 form.</source>
        <translation>Odoo n&apos;a pas créé le formulaire %1.</translation>
    </message>
    <message>
        <location filename="../app/decisions/adaptersupport.cpp" line="69"/>
        <source>Refused in HQ Tower</source>
        <translation>Refusé dans HQ Tower</translation>
    </message>
    <message>
        <location filename="../app/decisions/adaptersupport.cpp" line="86"/>
        <source>HQ Tower cannot %1 a record of %2.</source>
        <translation>HQ Tower ne peut pas appliquer «&#xa0;%1&#xa0;» à un enregistrement de %2.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../ui/appcontroller.cpp" line="118"/>
        <source>Preparing the demo server…</source>
        <translation>Préparation du serveur de démo…</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="126"/>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="126"/>
        <source>The demo server could not start: %1</source>
        <translation>Le serveur de démo n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="130"/>
        <source>Demo (simulated Odoo %1)</source>
        <translation>Démo (Odoo %1 simulé)</translation>
    </message>
    <message>
        <source>The secret was not stored in the keychain.</source>
        <translation type="vanished">Le mot de passe ou la clé API n&apos;a pas été enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Reading the secret of %1 from the keychain…</source>
        <translation type="vanished">Lecture du mot de passe ou de la clé API de %1 dans le trousseau…</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="vanished">Se connecter à %1</translation>
    </message>
    <message>
        <source>Password or API key for %1:</source>
        <translation type="vanished">Mot de passe ou clé API pour %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="261"/>
        <source>Showing the cached queue, last synced at %1</source>
        <translation>File de travail en cache, dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="195"/>
        <source>%1 · not connected</source>
        <translation>%1 · non connecté</translation>
    </message>
    <message>
        <source>Forget connection</source>
        <translation type="vanished">Oublier la connexion</translation>
    </message>
    <message>
        <source>Forget &quot;%1&quot;? Its password or API key is removed from the keychain; HQ Tower stays connected until it quits and will not connect to it again by itself.</source>
        <translation type="vanished">Oublier «&#xa0;%1&#xa0;»&#xa0;? Son mot de passe ou sa clé d&apos;API est retiré du trousseau&#xa0;; HQ Tower reste connecté jusqu&apos;à sa fermeture et ne s&apos;y reconnectera plus de lui-même.</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="199"/>
        <source>Could not connect</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="218"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="233"/>
        <source>Syncing… %1 of %2 items (%3 %)</source>
        <translation>Synchronisation… %1 éléments sur %2 (%3 %)</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="170"/>
        <source>%1 · connecting…</source>
        <translation>%1 · connexion…</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="247"/>
        <source>Reading the offline queue…</source>
        <translation>Lecture de la file hors ligne…</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="vanished">&amp;Carte</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="vanished">&amp;Graphiques</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="350"/>
        <source>&quot;%1&quot; is not possible on the selected item.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas possible sur l&apos;élément sélectionné.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected items</source>
        <translation type="vanished">
            <numerusform>%n élément sélectionné</numerusform>
            <numerusform>%n éléments sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="vanished">Approuver</translation>
    </message>
    <message>
        <source>Approve %1? It includes an amount of %2.</source>
        <translation type="vanished">Approuver %1&#xa0;? Cela inclut un montant de %2.</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="358"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/appcontroller.cpp" line="370"/>
        <source>%n decision(s) on the way</source>
        <translation>
            <numerusform>%n décision en cours d&apos;envoi</numerusform>
            <numerusform>%n décisions en cours d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="371"/>
        <source>Outbox empty</source>
        <translation>Boîte d&apos;envoi vide</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="413"/>
        <source>Not done: %1</source>
        <translation>Non effectué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="417"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="424"/>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../app/session/appsession.cpp" line="59"/>
        <source>The offline cache cannot be used (%1); HQ Tower works without it.</source>
        <translation>Le cache hors ligne est inutilisable (%1)&#xa0;; HQ Tower fonctionne sans.</translation>
    </message>
    <message>
        <location filename="../app/session/appsession.cpp" line="96"/>
        <source>The offline queue could not be read (%1); it fills again from Odoo.</source>
        <translation>La file hors ligne n&apos;a pas pu être lue (%1)&#xa0;; elle se remplit à nouveau depuis Odoo.</translation>
    </message>
    <message>
        <location filename="../app/session/appsession.cpp" line="177"/>
        <source>A source profile was skipped: %1</source>
        <translation>Un profil de source a été ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/session/appsession.cpp" line="158"/>
        <source>The decisions of a source profile were skipped: %1</source>
        <translation>Les décisions d&apos;un profil de source ont été ignorées : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/session/appsession.cpp" line="187"/>
        <source>%n source(s) could not be checked for a server or network problem; HQ Tower checks again in %1 s.</source>
        <translation>
            <numerusform>%n source n&apos;a pas pu être vérifiée (problème de serveur ou de réseau) ; HQ Tower vérifie à nouveau dans %1 s.</numerusform>
            <numerusform>%n sources n&apos;ont pas pu être vérifiées (problème de serveur ou de réseau) ; HQ Tower vérifie à nouveau dans %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/session/appsession.cpp" line="233"/>
        <source>The SLA deadlines of the offline queue could not be updated (%1).</source>
        <translation>Les échéances SLA de la file hors ligne n&apos;ont pas pu être mises à jour (%1).</translation>
    </message>
    <message>
        <location filename="../app/session/appsession.cpp" line="253"/>
        <source>Not connected to Odoo.</source>
        <translation>Non connecté à Odoo.</translation>
    </message>
    <message>
        <location filename="../app/session/appsession.cpp" line="280"/>
        <source>Not connected to Odoo yet; try again in a moment.</source>
        <translation>Pas encore connecté à Odoo&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../app/session/appsession.cpp" line="341"/>
        <source>%1 · not connected</source>
        <translation>%1 · non connecté</translation>
    </message>
    <message>
        <location filename="../app/session/appsession.cpp" line="342"/>
        <source>Odoo %1 · %2 · %3</source>
        <translation>Odoo %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>ApprovalHistoryReader</name>
    <message>
        <location filename="../app/sync/approvalhistory.cpp" line="121"/>
        <location filename="../app/sync/approvalhistory.cpp" line="136"/>
        <location filename="../app/sync/approvalhistory.cpp" line="155"/>
        <source>not connected to Odoo</source>
        <translation>non connecté à Odoo</translation>
    </message>
    <message>
        <location filename="../app/sync/approvalhistory.cpp" line="156"/>
        <source>Odoo %1 keeps no decision date for %2</source>
        <translation>Odoo %1 ne conserve pas de date de décision pour %2</translation>
    </message>
    <message>
        <location filename="../app/sync/approvalhistory.cpp" line="206"/>
        <source>your user may not read %1</source>
        <translation>votre utilisateur ne peut pas lire %1</translation>
    </message>
    <message>
        <location filename="../app/sync/approvalhistory.cpp" line="208"/>
        <source>%1 is not installed on this server</source>
        <translation>%1 n&apos;est pas installé sur ce serveur</translation>
    </message>
    <message>
        <location filename="../app/sync/approvalhistory.cpp" line="210"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ApprovalRequestAdapter</name>
    <message>
        <source>Odoo accepted the request but nothing changed: your Odoo user is not one of the approvers of %1.</source>
        <translation type="vanished">Odoo a accepté la requête mais rien n&apos;a changé&#xa0;: votre utilisateur Odoo ne fait pas partie des approbateurs de %1.</translation>
    </message>
</context>
<context>
    <name>ApprovalTrendChart</name>
    <message>
        <location filename="../ui/approvaltrendchart.cpp" line="23"/>
        <source>Approvals decided per day</source>
        <translation>Approbations décidées par jour</translation>
    </message>
    <message>
        <location filename="../ui/approvaltrendchart.cpp" line="30"/>
        <source>Approved</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <location filename="../ui/approvaltrendchart.cpp" line="31"/>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <location filename="../ui/approvaltrendchart.cpp" line="36"/>
        <source>%1
Approved: %2, rejected: %3</source>
        <translation>%1
Approuvées&#xa0;: %2, rejetées&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/approvaltrendchart.cpp" line="42"/>
        <source>Median time to decision: %1 h</source>
        <translation>Délai médian de décision&#xa0;: %1 h</translation>
    </message>
    <message>
        <location filename="../ui/approvaltrendchart.cpp" line="49"/>
        <source>Median time to decision</source>
        <translation>Délai médian de décision</translation>
    </message>
    <message>
        <location filename="../ui/approvaltrendchart.cpp" line="104"/>
        <source>No approvals decided today</source>
        <translation>Aucune approbation décidée aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/approvaltrendchart.cpp" line="105"/>
        <source>No approvals decided in the last %n days</source>
        <translation>
            <numerusform>Aucune approbation décidée depuis %n jour</numerusform>
            <numerusform>Aucune approbation décidée au cours des %n derniers jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusListener</name>
    <message>
        <location filename="../app/odoo/buslistener.cpp" line="39"/>
        <source>Live updates off</source>
        <translation>Mises à jour en direct désactivées</translation>
    </message>
    <message>
        <location filename="../app/odoo/buslistener.cpp" line="41"/>
        <source>Connecting live updates…</source>
        <translation>Connexion des mises à jour en direct…</translation>
    </message>
    <message>
        <location filename="../app/odoo/buslistener.cpp" line="43"/>
        <source>Live updates on</source>
        <translation>Mises à jour en direct activées</translation>
    </message>
    <message>
        <location filename="../app/odoo/buslistener.cpp" line="45"/>
        <source>Live updates interrupted; reconnecting (polling meanwhile)</source>
        <translation>Mises à jour en direct interrompues&#xa0;; reconnexion (interrogation périodique en attendant)</translation>
    </message>
    <message>
        <location filename="../app/odoo/buslistener.cpp" line="48"/>
        <source>Live updates unavailable; HQ Tower polls.</source>
        <translation>Mises à jour en direct indisponibles&#xa0;; HQ Tower interroge périodiquement le serveur.</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <location filename="../app/storage/cache.cpp" line="105"/>
        <source>Could not open the offline cache &quot;%1&quot;: %2.</source>
        <translation>Impossible d&apos;ouvrir le cache hors ligne «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="159"/>
        <source>Could not start writing to the offline cache: %1</source>
        <translation>Impossible de commencer l&apos;écriture dans le cache hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="168"/>
        <source>Could not save to the offline cache: %1</source>
        <translation>Impossible d&apos;enregistrer dans le cache hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="176"/>
        <location filename="../app/storage/cache.cpp" line="182"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="187"/>
        <source>Could not save the queue items</source>
        <translation>Impossible d&apos;enregistrer les éléments de la file</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="196"/>
        <source>%1: an item has no id (model &quot;%2&quot;, record %3)</source>
        <translation>%1&#xa0;: un élément n&apos;a pas d&apos;identifiant (modèle «&#xa0;%2 », enregistrement %3)</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="200"/>
        <source>%1: item &quot;%2&quot; belongs to profile &quot;%3&quot;, not &quot;%4&quot;</source>
        <translation>%1&#xa0;: l&apos;élément «&#xa0;%2&#xa0;» appartient au profil «&#xa0;%3 », pas à «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="228"/>
        <source>Could not remove the queue items</source>
        <translation>Impossible de supprimer les éléments de la file</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="258"/>
        <source>Could not update the SLA deadlines</source>
        <translation>Impossible de mettre à jour les échéances SLA</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="265"/>
        <source>Could not replace the queue items: no source profile was given</source>
        <translation>Impossible de remplacer les éléments de la file&#xa0;: aucun profil de source n&apos;a été indiqué</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="273"/>
        <location filename="../app/storage/cache.cpp" line="276"/>
        <source>Could not replace the queue items</source>
        <translation>Impossible de remplacer les éléments de la file</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="308"/>
        <location filename="../app/storage/cache.cpp" line="314"/>
        <location filename="../app/storage/cache.cpp" line="329"/>
        <location filename="../app/storage/cache.cpp" line="343"/>
        <source>Could not read the queue items</source>
        <translation>Impossible de lire les éléments de la file</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="358"/>
        <source>Could not read the queue item</source>
        <translation>Impossible de lire l&apos;élément de la file</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="374"/>
        <source>Could not read the cached record ids</source>
        <translation>Impossible de lire les identifiants des enregistrements en cache</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="386"/>
        <source>Could not count the queue items</source>
        <translation>Impossible de compter les éléments de la file</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="397"/>
        <source>Could not save the stores</source>
        <translation>Impossible d&apos;enregistrer les magasins</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="430"/>
        <source>Could not read the stores</source>
        <translation>Impossible de lire les magasins</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="458"/>
        <source>Could not read the sync cursor</source>
        <translation>Impossible de lire le curseur de synchronisation</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="474"/>
        <source>Could not save the sync cursor</source>
        <translation>Impossible d&apos;enregistrer le curseur de synchronisation</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="476"/>
        <source>%1: no source profile was given</source>
        <translation>%1&#xa0;: aucun profil de source n&apos;a été indiqué</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="497"/>
        <source>Could not record the sync</source>
        <translation>Impossible de consigner la synchronisation</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="530"/>
        <location filename="../app/storage/cache.cpp" line="554"/>
        <source>Could not read the sync log</source>
        <translation>Impossible de lire le journal de synchronisation</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="568"/>
        <source>Could not remember a server fact</source>
        <translation>Impossible de mémoriser une information sur le serveur</translation>
    </message>
    <message>
        <location filename="../app/storage/cache.cpp" line="578"/>
        <source>Could not read a server fact</source>
        <translation>Impossible de lire une information sur le serveur</translation>
    </message>
</context>
<context>
    <name>CacheMigrations</name>
    <message>
        <location filename="../app/storage/cachemigrations.cpp" line="32"/>
        <source>could not read the schema version (%1)</source>
        <translation>impossible de lire la version du schéma (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/cachemigrations.cpp" line="45"/>
        <source>it was written by a newer HQ Tower (schema version %1, this version knows up to %2); update HQ Tower to use it</source>
        <translation>il a été écrit par une version plus récente de HQ Tower (version de schéma %1, cette version connaît jusqu&apos;à la %2)&#xa0;; mettez HQ Tower à jour pour l&apos;utiliser</translation>
    </message>
    <message>
        <location filename="../app/storage/cachemigrations.cpp" line="80"/>
        <source>could not start the upgrade to schema version %1 (%2)</source>
        <translation>impossible de démarrer la mise à niveau vers la version de schéma %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/storage/cachemigrations.cpp" line="91"/>
        <source>the upgrade to schema version %1 failed (%2)</source>
        <translation>la mise à niveau vers la version de schéma %1 a échoué (%2)</translation>
    </message>
    <message>
        <location filename="../app/storage/cachemigrations.cpp" line="99"/>
        <source>the upgrade to schema version %1 could not be saved (%2)</source>
        <translation>la mise à niveau vers la version de schéma %1 n&apos;a pas pu être enregistrée (%2)</translation>
    </message>
</context>
<context>
    <name>CachedQueueReader</name>
    <message>
        <location filename="../app/session/cachedqueuereader.cpp" line="39"/>
        <source>The offline cache could not be read.</source>
        <translation>Le cache hors ligne n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>CallCommand</name>
    <message>
        <location filename="../app/cli/callcommand.cpp" line="12"/>
        <source>call needs MODEL and METHOD.</source>
        <translation>call exige MODEL et METHOD.</translation>
    </message>
    <message>
        <location filename="../app/cli/callcommand.cpp" line="19"/>
        <source>--args must be a JSON array, e.g. &apos;[[1, 2]]&apos;.</source>
        <translation>--args doit être un tableau JSON, par ex. &apos;[[1, 2]]&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/callcommand.cpp" line="26"/>
        <source>--kwargs must be a JSON object, e.g. &apos;{&quot;fields&quot;: [&quot;name&quot;]}&apos;.</source>
        <translation>--kwargs doit être un objet JSON, par ex. &apos;{&quot;fields&quot;: [&quot;name&quot;]}&apos;.</translation>
    </message>
</context>
<context>
    <name>CapabilityDetector</name>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="48"/>
        <source>not connected to Odoo</source>
        <translation>non connecté à Odoo</translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="58"/>
        <source>%1 (this server runs Odoo %2)</source>
        <translation>%1 (ce serveur exécute Odoo %2)</translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="105"/>
        <source>The answer to search_read on ir.module.module is not a list: %1.</source>
        <translation>La réponse à search_read sur ir.module.module n&apos;est pas une liste : %1.</translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="130"/>
        <source>module %1 is not installed%2</source>
        <translation>le module %1 n&apos;est pas installé%2</translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="130"/>
        <source>modules %1 are not installed%2</source>
        <translation>les modules %1 ne sont pas installés%2</translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="193"/>
        <source>model %1 does not exist on this server</source>
        <translation>le modèle %1 n&apos;existe pas sur ce serveur</translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="195"/>
        <location filename="../app/sync/capabilitydetector.cpp" line="274"/>
        <source>could not check %1: %2</source>
        <translation>impossible de vérifier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="231"/>
        <source>field %1 is missing on %2</source>
        <translation>le champ %1 est absent de %2</translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="231"/>
        <source>fields %1 are missing on %2</source>
        <translation>les champs %1 sont absents de %2</translation>
    </message>
    <message>
        <source>the server refused the query: %1</source>
        <translation type="vanished">le serveur a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="298"/>
        <source>your user may not read %1 (%2)</source>
        <translation>votre utilisateur n&apos;a pas le droit de lire %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/sync/capabilitydetector.cpp" line="299"/>
        <source>your user may not read %1 records</source>
        <translation>votre utilisateur n&apos;a pas le droit de lire les enregistrements %1</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../ui/chartcard.cpp" line="128"/>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <location filename="../ui/chartcard.cpp" line="130"/>
        <source>Store exceptions</source>
        <translation>Exceptions de magasin</translation>
    </message>
    <message>
        <location filename="../ui/chartcard.cpp" line="132"/>
        <source>Integration failures</source>
        <translation>Erreurs d&apos;intégration</translation>
    </message>
    <message>
        <location filename="../ui/chartcard.cpp" line="136"/>
        <source>Other items</source>
        <translation>Autres éléments</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Approvals</source>
        <translation type="vanished">Approbations</translation>
    </message>
    <message>
        <source>Store exceptions</source>
        <translation type="vanished">Exceptions de magasin</translation>
    </message>
    <message>
        <source>Integration failures</source>
        <translation type="vanished">Erreurs d&apos;intégration</translation>
    </message>
    <message>
        <source>0–25 %</source>
        <translation type="vanished">0–25 %</translation>
    </message>
    <message>
        <source>25–50 %</source>
        <translation type="vanished">25–50 %</translation>
    </message>
    <message>
        <source>50–100 %</source>
        <translation type="vanished">50–100 %</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="vanished">En retard</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation type="vanished">Sans SLA</translation>
    </message>
    <message>
        <location filename="../ui/chartspanel.cpp" line="27"/>
        <source>Approvals and failures over the last</source>
        <translation>Approbations et erreurs sur</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chartspanel.cpp" line="30"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Open items by region</source>
        <translation type="vanished">Éléments ouverts par région</translation>
    </message>
    <message>
        <source>SLA time used by open items</source>
        <translation type="vanished">Temps de SLA consommé par les éléments ouverts</translation>
    </message>
    <message>
        <source>Top 10 stores by open exceptions</source>
        <translation type="vanished">Top 10 des magasins par exceptions ouvertes</translation>
    </message>
    <message>
        <source>Approvals decided per day</source>
        <translation type="vanished">Approbations décidées par jour</translation>
    </message>
    <message>
        <source>Integration failures per day</source>
        <translation type="vanished">Erreurs d&apos;intégration par jour</translation>
    </message>
    <message>
        <location filename="../ui/chartspanel.cpp" line="66"/>
        <source>Waiting for data…</source>
        <translation>En attente de données…</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation type="vanished">%1
%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="vanished">Approuvées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="vanished">Rejetées</translation>
    </message>
    <message>
        <source>%1
Approved: %2, rejected: %3</source>
        <translation type="vanished">%1
Approuvées&#xa0;: %2, rejetées&#xa0;: %3</translation>
    </message>
    <message>
        <source>Median time to decision: %1 h</source>
        <translation type="vanished">Délai médian de décision&#xa0;: %1 h</translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation type="vanished">Délai médian de décision</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation type="vanished">Exceptions ouvertes</translation>
    </message>
    <message>
        <source>%1: 1 open exception</source>
        <translation type="vanished">%1&#xa0;: 1 exception ouverte</translation>
    </message>
    <message>
        <source>%1: %2 open exceptions</source>
        <translation type="vanished">%1&#xa0;: %2 exceptions ouvertes</translation>
    </message>
    <message>
        <source>No open items</source>
        <translation type="vanished">Aucun élément ouvert</translation>
    </message>
    <message>
        <source>No approvals decided today</source>
        <translation type="vanished">Aucune approbation décidée aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>No approvals decided in the last %n days</source>
        <translation type="vanished">
            <numerusform>Aucune approbation décidée depuis %n jour</numerusform>
            <numerusform>Aucune approbation décidée au cours des %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No integration failures today</source>
        <translation type="vanished">Aucune erreur d&apos;intégration aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>No integration failures in the last %n days</source>
        <translation type="vanished">
            <numerusform>Aucune erreur d&apos;intégration depuis %n jour</numerusform>
            <numerusform>Aucune erreur d&apos;intégration au cours des %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation type="vanished">Magasin %1</translation>
    </message>
    <message>
        <source>No store has open exceptions</source>
        <translation type="vanished">Aucun magasin n&apos;a d&apos;exception ouverte</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="84"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="85"/>
        <source>Database</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="86"/>
        <source>Odoo</source>
        <translation>Odoo</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="89"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="92"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="92"/>
        <source>%1 (uid %2)</source>
        <translation>%1 (uid %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="93"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="94"/>
        <source>Live push</source>
        <translation>Push direct</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="94"/>
        <source>possible</source>
        <translation>possible</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="96"/>
        <source>Modules:</source>
        <translation>Modules&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="99"/>
        <source>installed</source>
        <translation>installé</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="99"/>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="100"/>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="103"/>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="104"/>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="105"/>
        <source>skipped: %1</source>
        <translation>ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="109"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <location filename="../app/cli/clicommand.h" line="27"/>
        <source>%1 takes no positional arguments.</source>
        <translation>%1 n&apos;accepte aucun argument positionnel.</translation>
    </message>
</context>
<context>
    <name>CliCommandTable</name>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="26"/>
        <source>connect and print the server version, transport, user, modules and which sources are enabled or skipped (and why)</source>
        <translation>se connecter et afficher la version du serveur, le transport, l&apos;utilisateur, les modules et les sources actives ou ignorées (et pourquoi)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="30"/>
        <source>sync every enabled source once into the cache</source>
        <translation>synchroniser une fois chaque source active dans le cache</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="32"/>
        <source>print the cached queue (no network; --kind, --store)</source>
        <translation>afficher la file en cache (sans réseau ; --kind, --store)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="34"/>
        <source>keep syncing (with live updates when --live) and print each change as one JSON line, until interrupted</source>
        <translation>synchroniser en continu (avec les mises à jour en direct avec --live) et afficher chaque changement sur une ligne JSON, jusqu&apos;à interruption</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="38"/>
        <source>call a method and print its JSON result</source>
        <translation>appeler une méthode et afficher son résultat JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="40"/>
        <source>approve an item of the queue (--reason; --yes above --confirm-above)</source>
        <translation>approuver un élément de la file (--reason ; --yes au-delà de --confirm-above)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="43"/>
        <source>reject it; the reason goes to the record&apos;s chatter in Odoo</source>
        <translation>le refuser ; le motif va dans le chatter de l&apos;enregistrement dans Odoo</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="46"/>
        <source>hand it to another Odoo user (--note)</source>
        <translation>le confier à un autre utilisateur Odoo (--note)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="48"/>
        <source>retry a failed job, mail or scheduled action</source>
        <translation>relancer un job, un e-mail ou une action planifiée en échec</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="50"/>
        <source>dismiss an integration failure or an activity</source>
        <translation>écarter une erreur d&apos;intégration ou une activité</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="53"/>
        <source>list decisions on their way to Odoo (and recent ones)</source>
        <translation>lister les décisions en route vers Odoo (et les récentes)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="55"/>
        <source>list the audit trail of decisions</source>
        <translation>lister la piste d&apos;audit des décisions</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="58"/>
        <source>show, install or remove the automation rules that announce changes to HQ Tower</source>
        <translation>afficher, installer ou retirer les règles d&apos;automatisation qui annoncent les changements à HQ Tower</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="84"/>
        <source>HQ Tower command line: check a connection to an Odoo server, sync its work queue into the
local cache, print the cached queue, or call a model method.</source>
        <translation>Ligne de commande HQ Tower : vérifier une connexion à un serveur Odoo, synchroniser sa file de travail dans le
cache local, afficher la file en cache ou appeler une méthode d&apos;un modèle.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="86"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommandtable.cpp" line="93"/>
        <source>The password or API key is read from an environment variable, never from the command line.
Exit codes: 0 ok, 2 bad usage, 3 login refused (login, password, API key or database),
4 server unreachable (network, timeout, TLS), 5 any other error; decisions: 6 conflict
(someone else decided first), 7 refused by Odoo, 8 still pending after --wait.</source>
        <translation>Le mot de passe ou la clé API est lu dans une variable d&apos;environnement, jamais sur la ligne de commande.
Codes de sortie : 0 ok, 2 mauvais usage, 3 connexion refusée (identifiant, mot de passe, clé API ou base),
4 serveur injoignable (réseau, délai, TLS), 5 toute autre erreur ; décisions : 6 conflit
(quelqu&apos;un a décidé avant), 7 refusée par Odoo, 8 encore en attente après --wait.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="34"/>
        <source>hqtower-cli: %1</source>
        <translation>hqtower-cli&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="35"/>
        <source>Run &apos;hqtower-cli --help&apos; for usage.</source>
        <translation>Pour l&apos;aide, lancez &apos;hqtower-cli --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="48"/>
        <source>Error (%1): %2</source>
        <translation>Erreur (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="68"/>
        <source>--url, --db and --login are required.</source>
        <translation>--url, --db et --login sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="72"/>
        <location filename="../app/cli/clicontext.cpp" line="146"/>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="78"/>
        <source>give exactly one of --password-env VAR or --api-key-env VAR.</source>
        <translation>indiquez exactement une option parmi --password-env VAR et --api-key-env VAR.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="84"/>
        <source>the environment variable %1 is not set or empty.</source>
        <translation>la variable d&apos;environnement %1 n&apos;est pas définie ou est vide.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="93"/>
        <source>--timeout must be a positive number of seconds.</source>
        <translation>--timeout doit être un nombre positif de secondes.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="103"/>
        <source>--max-answer-mb must be a positive number of megabytes.</source>
        <translation>--max-answer-mb doit être un nombre positif de mégaoctets.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="111"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="116"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="123"/>
        <source>%1 Retrying (attempt %2) in %3 s.</source>
        <translation>%1 Nouvel essai (tentative %2) dans %3 s.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="141"/>
        <source>--url, --db and --login are required (or --cache FILE).</source>
        <translation>--url, --db et --login sont obligatoires (ou --cache FILE).</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="157"/>
        <source>Error: cannot use the cache %1: %2</source>
        <translation>Erreur&#xa0;: impossible d&apos;utiliser le cache %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="178"/>
        <source>Could not connect (%1); trying again.</source>
        <translation>Connexion impossible (%1) ; nouvel essai.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="183"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="199"/>
        <source>Warning: source profile skipped: %1</source>
        <translation>Avertissement&#xa0;: profil de source ignoré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="6"/>
        <source>Odoo server address, e.g. https://odoo.example.com.</source>
        <translation>Adresse du serveur Odoo, par ex. https://odoo.example.com.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="6"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="7"/>
        <source>Database name.</source>
        <translation>Nom de la base de données.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="7"/>
        <source>database</source>
        <translation>base</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="8"/>
        <source>Odoo login (user name or e-mail).</source>
        <translation>Identifiant Odoo (nom d&apos;utilisateur ou e-mail).</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="8"/>
        <location filename="../app/cli/clioptions.cpp" line="39"/>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="9"/>
        <source>Read the password from environment variable VAR.</source>
        <translation>Lire le mot de passe dans la variable d&apos;environnement VAR.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="10"/>
        <location filename="../app/cli/clioptions.cpp" line="12"/>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="11"/>
        <source>Read the API key from environment variable VAR.</source>
        <translation>Lire la clé API dans la variable d&apos;environnement VAR.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="14"/>
        <source>With a password, log in through the web session used for live updates.</source>
        <translation>Avec un mot de passe, se connecter par la session web utilisée pour les mises à jour en direct.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="15"/>
        <source>Also trust the certificate authority in this PEM file.</source>
        <translation>Faire aussi confiance à l&apos;autorité de certification de ce fichier PEM.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="16"/>
        <location filename="../app/cli/clioptions.cpp" line="24"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="17"/>
        <source>Seconds to wait for each answer (default 20).</source>
        <translation>Secondes d&apos;attente pour chaque réponse (20 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="17"/>
        <location filename="../app/cli/clioptions.cpp" line="33"/>
        <location filename="../app/cli/clioptions.cpp" line="42"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="20"/>
        <source>The largest answer accepted for one request, in MB (default 64).</source>
        <translation>La plus grande réponse acceptée pour une requête, en Mo (64 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="20"/>
        <source>megabytes</source>
        <translation>mégaoctets</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="22"/>
        <source>Print the result as one JSON object.</source>
        <translation>Afficher le résultat sous la forme d&apos;un objet JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="23"/>
        <source>sync, queue: use this cache file instead of the default one.</source>
        <translation>sync, queue&#xa0;: utiliser ce fichier de cache au lieu de celui par défaut.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="25"/>
        <source>call: positional arguments as a JSON array.</source>
        <translation>call&#xa0;: arguments positionnels sous la forme d&apos;un tableau JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="25"/>
        <location filename="../app/cli/clioptions.cpp" line="27"/>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="27"/>
        <source>call: keyword arguments as a JSON object.</source>
        <translation>call&#xa0;: arguments nommés sous la forme d&apos;un objet JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="29"/>
        <source>sync: sync every source once, then exit.</source>
        <translation>sync&#xa0;: synchroniser chaque source une fois, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="31"/>
        <source>sync: for how long sources that failed for a server or network problem are tried again (default 300).</source>
        <translation>sync : pendant combien de temps les sources en échec pour un problème de serveur ou de réseau sont réessayées (300 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="35"/>
        <source>queue: only items of this kind (approval, exception, integration_failure).</source>
        <translation>queue&#xa0;: uniquement les éléments de ce type (approval, exception, integration_failure).</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="35"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="36"/>
        <source>queue: only items of this store id (0 = HQ, no store).</source>
        <translation>queue&#xa0;: uniquement les éléments du magasin ayant cet identifiant (0 = siège, aucun magasin).</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="36"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="37"/>
        <source>approve, reject, dismiss: the reason, posted to Odoo&apos;s chatter.</source>
        <translation>approve, reject, dismiss&#xa0;: le motif, publié dans le chatter d&apos;Odoo.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="38"/>
        <location filename="../app/cli/clioptions.cpp" line="40"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="39"/>
        <source>delegate: the Odoo login to hand the item to.</source>
        <translation>delegate&#xa0;: l&apos;identifiant Odoo de la personne à qui confier l&apos;élément.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="40"/>
        <source>delegate: a note for that user.</source>
        <translation>delegate&#xa0;: une note pour cet utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="41"/>
        <source>decisions: seconds to wait for Odoo&apos;s outcome (default 60).</source>
        <translation>décisions&#xa0;: secondes d&apos;attente du résultat d&apos;Odoo (60 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="43"/>
        <source>approve: confirm an amount above --confirm-above.</source>
        <translation>approve&#xa0;: confirmer un montant supérieur à --confirm-above.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="45"/>
        <source>approve: amounts above this need --yes (default %1).</source>
        <translation>approve : les montants au-delà demandent --yes (par défaut %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="47"/>
        <source>amount</source>
        <translation>montant</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>hqtower-cli: %1</source>
        <translation type="vanished">hqtower-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run &apos;hqtower-cli --help&apos; for usage.</source>
        <translation type="vanished">Pour l&apos;aide, lancez &apos;hqtower-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Error (%1): %2</source>
        <translation type="vanished">Erreur (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>HQ Tower command line: check a connection to an Odoo server, sync its work queue into the
local cache, print the cached queue, or call a model method.

Commands:
  check                       connect and print the server version, transport, user, modules
                              and which sources are enabled or skipped (and why)
  sync --once                 sync every enabled source once into the cache
  queue                       print the cached queue (no network; --kind, --store)
  watch                       keep syncing (with live updates when --live) and print each
                              change as one JSON line, until interrupted
  call MODEL METHOD           call a method and print its JSON result
  approve ITEM_ID             approve an item of the queue (--reason; --yes above --confirm-above)
  reject ITEM_ID --reason R   reject it; the reason goes to the record&apos;s chatter in Odoo
  delegate ITEM_ID --to LOGIN hand it to another Odoo user (--note)
  retry ITEM_ID               retry a failed job, mail or scheduled action
  dismiss ITEM_ID --reason R  dismiss an integration failure or an activity
  outbox                      list decisions on their way to Odoo (and recent ones)
  audit                       list the audit trail of decisions

The password or API key is read from an environment variable, never from the command line.
Exit codes: 0 ok, 2 bad usage, 3 login refused (login, password, API key or database),
4 server unreachable (network, timeout, TLS), 5 any other error; decisions: 6 conflict
(someone else decided first), 7 refused by Odoo, 8 still pending after --wait.</source>
        <translation type="vanished">Ligne de commande de HQ Tower&#xa0;: vérifie la connexion à un serveur Odoo, synchronise sa file
de travail dans le cache local, affiche la file en cache ou appelle une méthode d&apos;un modèle.

Commandes&#xa0;:
  check                       se connecter et afficher la version du serveur, le transport,
                              l&apos;utilisateur, les modules et les sources activées ou ignorées
                              (avec la raison)
  sync --once                 synchroniser une fois chaque source activée dans le cache
  queue                       afficher la file en cache (sans réseau&#xa0;; --kind, --store)
  watch                       synchroniser en continu (avec les mises à jour en direct si
                              --live) et afficher chaque changement sur une ligne JSON,
                              jusqu&apos;à interruption
  call MODEL METHOD           appeler une méthode et afficher son résultat JSON
  approve ITEM_ID             approuver un élément de la file (--reason&#xa0;; --yes au-delà de
                              --confirm-above)
  reject ITEM_ID --reason R   le rejeter&#xa0;; le motif est publié dans le chatter de
                              l&apos;enregistrement dans Odoo
  delegate ITEM_ID --to LOGIN le confier à un autre utilisateur Odoo (--note)
  retry ITEM_ID               relancer une tâche, un e-mail ou une action planifiée en échec
  dismiss ITEM_ID --reason R  écarter une erreur d&apos;intégration ou une activité
  outbox                      lister les décisions en route vers Odoo (et les récentes)
  audit                       lister la piste d&apos;audit des décisions

Le mot de passe ou la clé API est lu dans une variable d&apos;environnement, jamais sur la ligne
de commande.
Codes de sortie&#xa0;: 0 OK, 2 mauvaise utilisation, 3 connexion refusée (identifiant, mot de passe,
clé API ou base de données), 4 serveur injoignable (réseau, délai dépassé, TLS), 5 toute autre
erreur&#xa0;; décisions&#xa0;: 6 conflit (quelqu&apos;un d&apos;autre a décidé avant), 7 refusée par Odoo,
8 toujours en attente après --wait.</translation>
    </message>
    <message>
        <source>Odoo server address, e.g. https://odoo.example.com.</source>
        <translation type="vanished">Adresse du serveur Odoo, par ex. https://odoo.example.com.</translation>
    </message>
    <message>
        <source>url</source>
        <translation type="vanished">url</translation>
    </message>
    <message>
        <source>Database name.</source>
        <translation type="vanished">Nom de la base de données.</translation>
    </message>
    <message>
        <source>database</source>
        <translation type="vanished">base</translation>
    </message>
    <message>
        <source>Odoo login (user name or e-mail).</source>
        <translation type="vanished">Identifiant Odoo (nom d&apos;utilisateur ou e-mail).</translation>
    </message>
    <message>
        <source>login</source>
        <translation type="vanished">identifiant</translation>
    </message>
    <message>
        <source>Read the password from environment variable VAR.</source>
        <translation type="vanished">Lire le mot de passe dans la variable d&apos;environnement VAR.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation type="vanished">VAR</translation>
    </message>
    <message>
        <source>Read the API key from environment variable VAR.</source>
        <translation type="vanished">Lire la clé API dans la variable d&apos;environnement VAR.</translation>
    </message>
    <message>
        <source>With a password, log in through the web session used for live updates.</source>
        <translation type="vanished">Avec un mot de passe, se connecter par la session web utilisée pour les mises à jour en direct.</translation>
    </message>
    <message>
        <source>Also trust the certificate authority in this PEM file.</source>
        <translation type="vanished">Faire aussi confiance à l&apos;autorité de certification de ce fichier PEM.</translation>
    </message>
    <message>
        <source>file</source>
        <translation type="vanished">fichier</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 20).</source>
        <translation type="vanished">Secondes d&apos;attente pour chaque réponse (20 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="vanished">secondes</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="vanished">Afficher le résultat sous la forme d&apos;un objet JSON.</translation>
    </message>
    <message>
        <source>call: positional arguments as a JSON array.</source>
        <translation type="vanished">call&#xa0;: arguments positionnels sous la forme d&apos;un tableau JSON.</translation>
    </message>
    <message>
        <source>json</source>
        <translation type="vanished">json</translation>
    </message>
    <message>
        <source>call: keyword arguments as a JSON object.</source>
        <translation type="vanished">call&#xa0;: arguments nommés sous la forme d&apos;un objet JSON.</translation>
    </message>
    <message>
        <source>approve, reject, dismiss: the reason, posted to Odoo&apos;s chatter.</source>
        <translation type="vanished">approve, reject, dismiss&#xa0;: le motif, publié dans le chatter d&apos;Odoo.</translation>
    </message>
    <message>
        <source>text</source>
        <translation type="vanished">texte</translation>
    </message>
    <message>
        <source>delegate: the Odoo login to hand the item to.</source>
        <translation type="vanished">delegate&#xa0;: l&apos;identifiant Odoo de la personne à qui confier l&apos;élément.</translation>
    </message>
    <message>
        <source>delegate: a note for that user.</source>
        <translation type="vanished">delegate&#xa0;: une note pour cet utilisateur.</translation>
    </message>
    <message>
        <source>decisions: seconds to wait for Odoo&apos;s outcome (default 60).</source>
        <translation type="vanished">décisions&#xa0;: secondes d&apos;attente du résultat d&apos;Odoo (60 par défaut).</translation>
    </message>
    <message>
        <source>approve: confirm an amount above --confirm-above.</source>
        <translation type="vanished">approve&#xa0;: confirmer un montant supérieur à --confirm-above.</translation>
    </message>
    <message>
        <source>approve: amounts above this need --yes (default 10000).</source>
        <translation type="vanished">approve&#xa0;: les montants supérieurs à cette valeur exigent --yes (10000 par défaut).</translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="vanished">montant</translation>
    </message>
    <message>
        <source>check, sync, queue, watch, call, approve, reject, delegate, retry, dismiss, outbox or audit</source>
        <translation type="vanished">check, sync, queue, watch, call, approve, reject, delegate, retry, dismiss, outbox ou audit</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="42"/>
        <source>no command given (see hqtower-cli --help).</source>
        <translation>aucune commande indiquée (voir hqtower-cli --help).</translation>
    </message>
    <message>
        <source>call needs MODEL and METHOD.</source>
        <translation type="vanished">call exige MODEL et METHOD.</translation>
    </message>
    <message>
        <source>--args must be a JSON array, e.g. &apos;[[1, 2]]&apos;.</source>
        <translation type="vanished">--args doit être un tableau JSON, par ex. &apos;[[1, 2]]&apos;.</translation>
    </message>
    <message>
        <source>--kwargs must be a JSON object, e.g. &apos;{&quot;fields&quot;: [&quot;name&quot;]}&apos;.</source>
        <translation type="vanished">--kwargs doit être un objet JSON, par ex. &apos;{&quot;fields&quot;: [&quot;name&quot;]}&apos;.</translation>
    </message>
    <message>
        <source>%1 needs ITEM_ID, e.g. purchase.order:42 (see hqtower-cli queue).</source>
        <translation type="vanished">%1 exige ITEM_ID, par ex. purchase.order:42 (voir hqtower-cli queue).</translation>
    </message>
    <message>
        <source>--wait must be a positive number of seconds.</source>
        <translation type="vanished">--wait doit être un nombre positif de secondes.</translation>
    </message>
    <message>
        <source>--confirm-above must be an amount.</source>
        <translation type="vanished">--confirm-above doit être un montant.</translation>
    </message>
    <message>
        <source>%1 needs --reason TEXT (it is posted to the record&apos;s chatter in Odoo).</source>
        <translation type="vanished">%1 exige --reason TEXT (le motif est publié dans le chatter de l&apos;enregistrement dans Odoo).</translation>
    </message>
    <message>
        <source>delegate needs --to LOGIN.</source>
        <translation type="vanished">delegate exige --to LOGIN.</translation>
    </message>
    <message>
        <source>%1 takes no positional arguments.</source>
        <translation type="vanished">%1 n&apos;accepte aucun argument positionnel.</translation>
    </message>
    <message>
        <source>live-updates needs status, enable or disable.</source>
        <translation type="vanished">live-updates exige status, enable ou disable.</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="48"/>
        <source>unknown command &quot;%1&quot; (see hqtower-cli --help).</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;» (voir hqtower-cli --help).</translation>
    </message>
    <message>
        <source>sync: sync every source once, then exit.</source>
        <translation type="vanished">sync&#xa0;: synchroniser chaque source une fois, puis quitter.</translation>
    </message>
    <message>
        <source>sync, queue: use this cache file instead of the default one.</source>
        <translation type="vanished">sync, queue&#xa0;: utiliser ce fichier de cache au lieu de celui par défaut.</translation>
    </message>
    <message>
        <source>queue: only items of this kind (approval, exception, integration_failure).</source>
        <translation type="vanished">queue&#xa0;: uniquement les éléments de ce type (approval, exception, integration_failure).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="vanished">type</translation>
    </message>
    <message>
        <source>queue: only items of this store id (0 = HQ, no store).</source>
        <translation type="vanished">queue&#xa0;: uniquement les éléments du magasin ayant cet identifiant (0 = siège, aucun magasin).</translation>
    </message>
    <message>
        <source>id</source>
        <translation type="vanished">id</translation>
    </message>
    <message>
        <source>sync needs --once (continuous sync runs in the desktop app).</source>
        <translation type="vanished">sync exige --once (la synchronisation continue se fait dans l&apos;application de bureau).</translation>
    </message>
    <message>
        <source>--kind must be one of %1.</source>
        <translation type="vanished">--kind doit valoir l&apos;une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--store must be a store id (0 for HQ).</source>
        <translation type="vanished">--store doit être un identifiant de magasin (0 pour le siège).</translation>
    </message>
    <message>
        <source>--url, --db and --login are required.</source>
        <translation type="vanished">--url, --db et --login sont obligatoires.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation type="vanished">«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur.</translation>
    </message>
    <message>
        <source>give exactly one of --password-env VAR or --api-key-env VAR.</source>
        <translation type="vanished">indiquez exactement une option parmi --password-env VAR et --api-key-env VAR.</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set or empty.</source>
        <translation type="vanished">la variable d&apos;environnement %1 n&apos;est pas définie ou est vide.</translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds.</source>
        <translation type="vanished">--timeout doit être un nombre positif de secondes.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="vanished">impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="vanished">%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>%1 Retrying (attempt %2) in %3 s.</source>
        <translation type="vanished">%1 Nouvel essai (tentative %2) dans %3 s.</translation>
    </message>
    <message>
        <source>--url, --db and --login are required (or --cache FILE).</source>
        <translation type="vanished">--url, --db et --login sont obligatoires (ou --cache FILE).</translation>
    </message>
    <message>
        <source>Warning: source profile skipped: %1</source>
        <translation type="vanished">Avertissement&#xa0;: profil de source ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="vanished">Serveur</translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="vanished">Base</translation>
    </message>
    <message>
        <source>Odoo</source>
        <translation type="vanished">Odoo</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="vanished">Transport</translation>
    </message>
    <message>
        <source>User</source>
        <translation type="vanished">Utilisateur</translation>
    </message>
    <message>
        <source>%1 (uid %2)</source>
        <translation type="vanished">%1 (uid %2)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="vanished">Société</translation>
    </message>
    <message>
        <source>Live push</source>
        <translation type="vanished">Push direct</translation>
    </message>
    <message>
        <source>possible</source>
        <translation type="vanished">possible</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation type="vanished">Modules&#xa0;:</translation>
    </message>
    <message>
        <source>installed</source>
        <translation type="vanished">installé</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="vanished">non installé</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="vanished">Sources&#xa0;:</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="vanished">activée</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="vanished">ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="vanished">Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error: cannot use the cache %1: %2</source>
        <translation type="vanished">Erreur&#xa0;: impossible d&apos;utiliser le cache %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation type="vanished">Source %1 ignorée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Syncing: %1 % (%2 of %3 records)</source>
        <translation type="vanished">Synchronisation&#xa0;: %1 % (%2 enregistrements sur %3)</translation>
    </message>
    <message>
        <source>%1 items, fetched %2, changed %3, removed %4, %5 requests</source>
        <translation type="vanished">%1 éléments, %2 récupérés, %3 modifiés, %4 supprimés, %5 requêtes</translation>
    </message>
    <message>
        <source>, error: %1</source>
        <translation type="vanished">, erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Total: %1 items in %2 sources, fetched %3, changed %4, removed %5, %6 requests</source>
        <translation type="vanished">Total&#xa0;: %1 éléments dans %2 sources, %3 récupérés, %4 modifiés, %5 supprimés, %6 requêtes</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation type="vanished">Cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>Some sources failed to sync; the others were saved.</source>
        <translation type="vanished">Certaines sources n&apos;ont pas pu être synchronisées&#xa0;; les autres ont été enregistrées.</translation>
    </message>
    <message>
        <source>No cache yet: nothing was decided with this connection.</source>
        <translation type="vanished">Pas encore de cache&#xa0;: rien n&apos;a été décidé avec cette connexion.</translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation type="vanished">Modèles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="vanished">Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pushes go to the users of the Odoo group &quot;%1&quot; (you were added). Add the other HQ Tower users to it in Odoo: Settings &gt; Users &amp; Companies &gt; Groups.</source>
        <translation type="vanished">Les notifications push vont aux utilisateurs du groupe Odoo «&#xa0;%1&#xa0;» (vous y avez été ajouté). Ajoutez-y les autres utilisateurs de HQ Tower dans Odoo&#xa0;: Paramètres &gt; Utilisateurs et sociétés &gt; Groupes.</translation>
    </message>
    <message>
        <source>No cached items yet: run hqtower-cli sync --once</source>
        <translation type="vanished">Aucun élément en cache pour l&apos;instant&#xa0;: lancez hqtower-cli sync --once</translation>
    </message>
</context>
<context>
    <name>ConfiguredAdapter</name>
    <message>
        <location filename="../app/decisions/configuredadapter.cpp" line="86"/>
        <source>Odoo accepted the request but nothing changed: your Odoo user is not one of the approvers of %1.</source>
        <translation>Odoo a accepté la requête mais rien n&apos;a changé&#xa0;: votre utilisateur Odoo ne fait pas partie des approbateurs de %1.</translation>
    </message>
    <message>
        <location filename="../app/decisions/configuredadapter.cpp" line="90"/>
        <source>Odoo accepted the approval of %1 but the order still waits for approval: your Odoo user is probably not allowed to approve orders of this amount. Nothing was changed.</source>
        <translation>Odoo a accepté l&apos;approbation de %1 mais la commande attend toujours une approbation&#xa0;: votre utilisateur Odoo n&apos;a probablement pas le droit d&apos;approuver des commandes de ce montant. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="23"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="24"/>
        <source>API &amp;key</source>
        <translation>&amp;Clé API</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="28"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="31"/>
        <source>Connect to Odoo</source>
        <translation>Se connecter à Odoo</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="34"/>
        <source>e.g. Shop HQ (production)</source>
        <translation>par ex. Siège boutique (production)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="36"/>
        <source>the database name, as on Odoo&apos;s login page</source>
        <translation>le nom de la base de données, comme sur la page de connexion d&apos;Odoo</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="37"/>
        <source>user name or e-mail</source>
        <translation>nom d&apos;utilisateur ou e-mail</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="39"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="40"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="41"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="42"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="51"/>
        <source>Sign in with:</source>
        <translation>Se connecter avec&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="52"/>
        <source>&amp;Secret:</source>
        <translation>S&amp;ecret&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="62"/>
        <source>Test the connection to see the Odoo version and what HQ Tower will monitor.</source>
        <translation>Testez la connexion pour voir la version d&apos;Odoo et ce que HQ Tower surveillera.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="65"/>
        <source>&amp;Save and connect</source>
        <translation>En&amp;registrer et se connecter</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="115"/>
        <source>An API key is safer: it can be revoked on its own and works with two-factor accounts. Odoo gives it no live updates: HQ Tower polls every minute. (Odoo: Preferences → Account Security → New API Key)</source>
        <translation>Une clé API est plus sûre&#xa0;: elle peut être révoquée à part et fonctionne avec les comptes à authentification à deux facteurs. Odoo ne lui donne pas de mises à jour en direct&#xa0;: HQ Tower interroge le serveur chaque minute. (Odoo&#xa0;: Préférences → Sécurité du compte → Nouvelle clé API)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="118"/>
        <source>A password also enables live updates (changes arrive within a second). It does not work for accounts with two-factor authentication: use an API key there.</source>
        <translation>Un mot de passe permet aussi les mises à jour en direct (les changements arrivent en moins d&apos;une seconde). Il ne fonctionne pas pour les comptes avec authentification à deux facteurs&#xa0;: utilisez alors une clé API.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="120"/>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="120"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="130"/>
        <source>&lt;p&gt;Connecting to %1…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Connexion à %1…&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="144"/>
        <source>&lt;p&gt;&lt;b&gt;It did not work.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cela n&apos;a pas fonctionné.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="148"/>
        <source>&lt;p&gt;&lt;b&gt;Connected.&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Connecté.&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/connectiondialog.cpp" line="154"/>
        <source>&lt;li&gt;%1 (%n now)&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;%1 (%n actuellement)&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;%1 (%n actuellement)&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="159"/>
        <source>&lt;p&gt;HQ Tower will monitor:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;HQ Tower surveillera&#xa0;:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="161"/>
        <source>&lt;p&gt;Skipped on this server:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Ignoré sur ce serveur&#xa0;:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>ConnectionFlow</name>
    <message>
        <location filename="../ui/connectionflow.cpp" line="55"/>
        <source>The secret was not stored in the keychain.</source>
        <translation>Le mot de passe ou la clé API n&apos;a pas été enregistré dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../ui/connectionflow.cpp" line="90"/>
        <source>Forget connection</source>
        <translation>Oublier la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectionflow.cpp" line="91"/>
        <source>Forget &quot;%1&quot;? Its password or API key is removed from the keychain; HQ Tower stays connected until it quits and will not connect to it again by itself.</source>
        <translation>Oublier «&#xa0;%1&#xa0;»&#xa0;? Son mot de passe ou sa clé d&apos;API est retiré du trousseau&#xa0;; HQ Tower reste connecté jusqu&apos;à sa fermeture et ne s&apos;y reconnectera plus de lui-même.</translation>
    </message>
    <message>
        <location filename="../ui/connectionflow.cpp" line="115"/>
        <source>Reading the secret of %1 from the keychain…</source>
        <translation>Lecture du mot de passe ou de la clé API de %1 dans le trousseau…</translation>
    </message>
    <message>
        <location filename="../ui/connectionflow.cpp" line="145"/>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionflow.cpp" line="147"/>
        <source>Password or API key for %1:</source>
        <translation>Mot de passe ou clé API pour %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <location filename="../app/session/connectionprobe.cpp" line="20"/>
        <source>Odoo %1 · %2 · %3</source>
        <translation>Odoo %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../app/session/connectionprobe.cpp" line="22"/>
        <source>live updates possible</source>
        <translation>mises à jour en direct possibles</translation>
    </message>
    <message>
        <location filename="../app/session/connectionprobe.cpp" line="24"/>
        <source>polling only</source>
        <translation>interrogation périodique uniquement</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../app/platform/credentialstore.cpp" line="62"/>
        <source>No keychain is available on this computer, so HQ Tower does not keep your password or API key: it will ask for it at each start.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur&#xa0;: HQ Tower ne conserve donc pas votre mot de passe ou votre clé API et vous le demandera à chaque démarrage.</translation>
    </message>
    <message>
        <location filename="../app/platform/credentialstore.cpp" line="65"/>
        <source>The keychain refused access (%1).</source>
        <translation>Le trousseau a refusé l&apos;accès (%1).</translation>
    </message>
    <message>
        <location filename="../app/platform/credentialstore.cpp" line="72"/>
        <source>The system keychain did not answer (on Linux a Secret Service such as GNOME Keyring or KWallet must be running), so HQ Tower cannot keep your password or API key: it will ask for it at each start.</source>
        <translation>Le trousseau du système n&apos;a pas répondu (sous Linux, un Secret Service comme GNOME Keyring ou KWallet doit tourner) : HQ Tower ne peut donc pas garder votre mot de passe ou votre clé API et le demandera à chaque démarrage.</translation>
    </message>
    <message>
        <location filename="../app/platform/credentialstore.cpp" line="75"/>
        <source>The keychain failed: %1</source>
        <translation>Échec du trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DecisionAdapter</name>
    <message>
        <location filename="../app/decisions/decisionadapter.cpp" line="5"/>
        <source>Odoo accepted the request but did not %1 %2: your Odoo user is probably not allowed to (for example above an approval limit). Nothing was changed.</source>
        <translation>Odoo a accepté la requête mais n&apos;a pas effectué «&#xa0;%1&#xa0;» sur %2&#xa0;: votre utilisateur Odoo n&apos;en a probablement pas le droit (par exemple au-delà d&apos;une limite d&apos;approbation). Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>DecisionCommand</name>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="24"/>
        <source>No answer in time.</source>
        <translation>Pas de réponse dans le délai imparti.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="64"/>
        <source>Odoo cannot be reached (%1).</source>
        <translation>Odoo est injoignable (%1).</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="69"/>
        <source>Error (%1): %2</source>
        <translation>Erreur (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="72"/>
        <source>Decisions already saved stay in the outbox and are sent next time.</source>
        <translation>Les décisions déjà enregistrées restent dans la boîte d&apos;envoi et seront envoyées la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="81"/>
        <source>%1 needs ITEM_ID, e.g. purchase.order:42 (see hqtower-cli queue).</source>
        <translation>%1 exige ITEM_ID, par ex. purchase.order:42 (voir hqtower-cli queue).</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="96"/>
        <source>--wait must be a positive number of seconds.</source>
        <translation>--wait doit être un nombre positif de secondes.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="101"/>
        <source>--confirm-above must be an amount.</source>
        <translation>--confirm-above doit être un montant.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="105"/>
        <source>%1 needs --reason TEXT (it is posted to the record&apos;s chatter in Odoo).</source>
        <translation>%1 exige --reason TEXT (le motif est publié dans le chatter de l&apos;enregistrement dans Odoo).</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="110"/>
        <source>delegate needs --to LOGIN.</source>
        <translation>delegate exige --to LOGIN.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="137"/>
        <source>Error: cannot use the cache %1: %2</source>
        <translation>Erreur&#xa0;: impossible d&apos;utiliser le cache %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="144"/>
        <source>Error: %1 is not in the cached queue. Run hqtower-cli sync --once first, and check the id (hqtower-cli queue --json).</source>
        <translation>Erreur&#xa0;: %1 n&apos;est pas dans la file en cache. Lancez d&apos;abord hqtower-cli sync --once, puis vérifiez l&apos;identifiant (hqtower-cli queue --json).</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="153"/>
        <source>%1 is for %2 %3, above %4: add --yes to approve it.</source>
        <translation>%1 porte sur %2 %3, soit plus de %4&#xa0;: ajoutez --yes pour l&apos;approuver.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="183"/>
        <source>Warning: the decisions of a source profile were skipped: %1</source>
        <translation>Avertissement : les décisions d&apos;un profil de source ont été ignorées : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="191"/>
        <source>Not sent yet (%1); trying again.</source>
        <translation>Pas encore envoyé (%1)&#xa0;; nouvel essai.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="201"/>
        <source>%1 already has a pending &quot;%2&quot; decision; finishing it first.</source>
        <translation>%1 a déjà une décision «&#xa0;%2&#xa0;» en attente&#xa0;; elle est d&apos;abord menée à terme.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="221"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="265"/>
        <source>Applied: %1 %2.</source>
        <translation>Appliqué&#xa0;: %1 %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="271"/>
        <source>Conflict: %1</source>
        <translation>Conflit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="274"/>
        <source>Refused by Odoo: %1</source>
        <translation>Refusé par Odoo&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="277"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="280"/>
        <source>Still pending after %1 s (%2); it stays in the outbox and is sent next time.</source>
        <translation>Toujours en attente après %1 s (%2)&#xa0;; elle reste dans la boîte d&apos;envoi et sera envoyée la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisioncommand.cpp" line="282"/>
        <source>no answer yet</source>
        <translation>pas encore de réponse</translation>
    </message>
</context>
<context>
    <name>DecisionFlow</name>
    <message numerus="yes">
        <location filename="../ui/decisionflow.cpp" line="19"/>
        <source>%n selected items</source>
        <translation>
            <numerusform>%n élément sélectionné</numerusform>
            <numerusform>%n éléments sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/decisionflow.cpp" line="38"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../ui/decisionflow.cpp" line="38"/>
        <source>Approve %1? It includes an amount of %2.</source>
        <translation>Approuver %1&#xa0;? Cela inclut un montant de %2.</translation>
    </message>
</context>
<context>
    <name>DecisionPolicy</name>
    <message numerus="yes">
        <location filename="../app/decisions/decisionpolicy.cpp" line="27"/>
        <source>Please give a reason of at least %n characters to %1 %2.</source>
        <translation>
            <numerusform>Veuillez indiquer un motif d&apos;au moins %n caractère pour «&#xa0;%1&#xa0;» sur %2.</numerusform>
            <numerusform>Veuillez indiquer un motif d&apos;au moins %n caractères pour «&#xa0;%1&#xa0;» sur %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionpolicy.cpp" line="30"/>
        <source>Please say who %1 goes to.</source>
        <translation>Veuillez indiquer à qui confier %1.</translation>
    </message>
</context>
<context>
    <name>DecisionReport</name>
    <message>
        <location filename="../app/cli/decisionreport.cpp" line="71"/>
        <source>The outbox is empty.</source>
        <translation>La boîte d&apos;envoi est vide.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisionreport.cpp" line="73"/>
        <source>%1  %2  %3  %4 (attempt %5)</source>
        <translation>%1  %2  %3  %4 (tentative %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/decisionreport.cpp" line="89"/>
        <source>No decisions yet.</source>
        <translation>Aucune décision pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisionreport.cpp" line="92"/>
        <source>%1  %2  %3  %4 %5</source>
        <translation>%1  %2  %3  %4 %5</translation>
    </message>
    <message>
        <location filename="../app/cli/decisionreport.cpp" line="96"/>
        <source> — reason: %1</source>
        <translation> — motif&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DecisionReportCommand</name>
    <message>
        <location filename="../app/cli/decisionreportcommand.cpp" line="26"/>
        <source>No cache yet: nothing was decided with this connection.</source>
        <translation>Pas encore de cache&#xa0;: rien n&apos;a été décidé avec cette connexion.</translation>
    </message>
    <message>
        <location filename="../app/cli/decisionreportcommand.cpp" line="34"/>
        <source>Error: cannot use the cache %1: %2</source>
        <translation>Erreur&#xa0;: impossible d&apos;utiliser le cache %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DecisionRun</name>
    <message>
        <location filename="../app/decisions/decisionrun.cpp" line="28"/>
        <source>The connection to Odoo was closed.</source>
        <translation>La connexion à Odoo a été fermée.</translation>
    </message>
</context>
<context>
    <name>DecisionSender</name>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="29"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="31"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="33"/>
        <source>Delegated</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="35"/>
        <source>Retried</source>
        <translation>Relancé</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="37"/>
        <source>Dismissed</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="67"/>
        <source>HQ Tower cannot %1 %2: its source has no decision actions.</source>
        <translation>HQ Tower ne peut pas appliquer «&#xa0;%1&#xa0;» à %2&#xa0;: sa source n&apos;a aucune action de décision.</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="73"/>
        <source>&quot;%1&quot; is not possible on %2 with this Odoo version.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas possible sur %2 avec cette version d&apos;Odoo.</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="97"/>
        <source>Not connected to Odoo.</source>
        <translation>Non connecté à Odoo.</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="133"/>
        <location filename="../app/decisions/decisionsender.cpp" line="216"/>
        <location filename="../app/decisions/decisionsender.cpp" line="232"/>
        <source>%1 no longer exists in Odoo (someone deleted it).</source>
        <translation>%1 n&apos;existe plus dans Odoo (quelqu&apos;un l&apos;a supprimé).</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="173"/>
        <source>Someone else was faster: %1 is now &quot;%2&quot;, changed by %3 at %4. Nothing was sent.</source>
        <translation>Quelqu&apos;un a été plus rapide&#xa0;: %1 est maintenant «&#xa0;%2 », modifié par %3 le %4. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="176"/>
        <source>Someone else changed %1 (%2 at %3) since you looked at it. Nothing was sent.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié %1 (%2 le %3) depuis que vous l&apos;avez consulté. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="178"/>
        <source>%1 changed in Odoo since you looked at it. Nothing was sent.</source>
        <translation>%1 a été modifié dans Odoo depuis que vous l&apos;avez consulté. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="276"/>
        <location filename="../app/decisions/decisionsender.cpp" line="295"/>
        <source>Applied; the reason could not be added to Odoo&apos;s chatter (%1).</source>
        <translation>Appliqué&#xa0;; le motif n&apos;a pas pu être ajouté au chatter d&apos;Odoo (%1).</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="283"/>
        <source>%1 in HQ Tower by %2: %3 (%4)</source>
        <translation>%1 dans HQ Tower par %2&#xa0;: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionsender.cpp" line="308"/>
        <source>The decision could not be saved locally: %1</source>
        <translation>La décision n&apos;a pas pu être enregistrée localement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <location filename="../app/decisions/decisionservice.cpp" line="75"/>
        <source>%1 takes no decisions from HQ Tower.</source>
        <translation>%1 n&apos;accepte aucune décision de HQ Tower.</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionservice.cpp" line="79"/>
        <source>&quot;%1&quot; is not possible on %2 (possible: %3).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas possible sur %2 (possible&#xa0;: %3).</translation>
    </message>
    <message numerus="yes">
        <source>Please give a reason of at least %n characters to %1 %2.</source>
        <translation type="vanished">
            <numerusform>Veuillez indiquer un motif d&apos;au moins %n caractère pour «&#xa0;%1&#xa0;» sur %2.</numerusform>
            <numerusform>Veuillez indiquer un motif d&apos;au moins %n caractères pour «&#xa0;%1&#xa0;» sur %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please say who %1 goes to.</source>
        <translation type="vanished">Veuillez indiquer à qui confier %1.</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionservice.cpp" line="32"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionservice.cpp" line="114"/>
        <source>The decision could not be saved, so nothing was sent: %1</source>
        <translation>La décision n&apos;a pas pu être enregistrée, rien n&apos;a donc été envoyé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/decisions/decisionservice.cpp" line="190"/>
        <source>Gave up after %n attempts; the last problem was: %1</source>
        <translation>
            <numerusform>Abandon après %n tentative&#xa0;; dernier problème&#xa0;: %1</numerusform>
            <numerusform>Abandon après %n tentatives&#xa0;; dernier problème&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/decisions/decisionservice.cpp" line="194"/>
        <source>Odoo may have received it: check the record in Odoo.</source>
        <translation>Odoo l&apos;a peut-être reçue&#xa0;: vérifiez l&apos;enregistrement dans Odoo.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <location filename="../app/demo/demoserver.cpp" line="25"/>
        <source>No temporary folder for the demo cache: %1</source>
        <translation>Aucun dossier temporaire pour le cache de démo&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ErrorMapper</name>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="97"/>
        <source>The database &quot;%1&quot; does not exist on this server.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» n&apos;existe pas sur ce serveur.</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="108"/>
        <location filename="../app/odoo/errormapper.cpp" line="131"/>
        <source>No answer from the server in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="111"/>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>Le certificat du serveur n&apos;a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="114"/>
        <source>The server&apos;s answer arrived with broken chunked framing, so nothing could be read from it; a proxy may have damaged it.</source>
        <translation>La réponse du serveur est arrivée avec un découpage chunked endommagé, rien n&apos;a pu en être lu ; un proxy l&apos;a peut-être abîmée.</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="119"/>
        <source>The connection was refused. Is the server address right and the server running?</source>
        <translation>La connexion a été refusée. L&apos;adresse du serveur est-elle correcte et le serveur est-il démarré&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="122"/>
        <source>The server name could not be found. Check the address.</source>
        <translation>Le nom du serveur est introuvable. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="125"/>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>Le serveur a fermé la connexion avant la fin de la réponse.</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="128"/>
        <source>The connection broke after the request was sent; whether Odoo carried it out is not known until the record is read again.</source>
        <translation>La connexion a été coupée après l&apos;envoi de la requête&#xa0;; on ne saura si Odoo l&apos;a exécutée qu&apos;à la prochaine lecture de l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="138"/>
        <source>The server redirected the request to %1 instead of answering it (%2).</source>
        <translation>Le serveur a redirigé la requête vers %1 au lieu d&apos;y répondre (%2).</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="144"/>
        <source>The server refused the credentials (%1).</source>
        <translation>Le serveur a refusé les identifiants (%1).</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="149"/>
        <source>The server failed with %1 and sent no details.</source>
        <translation>Le serveur a signalé une erreur (%1) sans envoyer de détails.</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="151"/>
        <source>The server sent an empty answer (%1).</source>
        <translation>Le serveur a envoyé une réponse vide (%1).</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="160"/>
        <source>The server rejected the request as malformed (%1): %2</source>
        <translation>Le serveur a rejeté la requête comme mal formée (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="170"/>
        <source>The server or a proxy in front of it answered with an error page (%1).</source>
        <translation>Le serveur ou un proxy placé devant lui a répondu par une page d&apos;erreur (%1).</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="174"/>
        <source>The server has no such address (%1).</source>
        <translation>Cette adresse n&apos;existe pas sur le serveur (%1).</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="179"/>
        <source>The server answered with a web page instead of data (%1). Check the server address.</source>
        <translation>Le serveur a répondu par une page web au lieu de données (%1). Vérifiez l&apos;adresse du serveur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/odoo/errormapper.cpp" line="215"/>
        <source>It stopped after %n bytes, in the middle of the data.</source>
        <translation>
            <numerusform>Elle s’est arrêtée après %n octet, au milieu des données.</numerusform>
            <numerusform>Elle s’est arrêtée après %n octets, au milieu des données.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="220"/>
        <source>The server failed with HTTP %1.</source>
        <translation>Le serveur a renvoyé l&apos;erreur HTTP %1.</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="225"/>
        <source>The server rejected the request as malformed: %1</source>
        <translation>Le serveur a rejeté la requête comme mal formée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/odoo/errormapper.cpp" line="231"/>
        <source>The server&apos;s answer is not valid JSON (%1); it may have been cut off.</source>
        <translation>La réponse du serveur n&apos;est pas du JSON valide (%1)&#xa0;; elle a peut-être été tronquée.</translation>
    </message>
</context>
<context>
    <name>ExpenseAdapter</name>
    <message>
        <location filename="../app/decisions/expenseadapter.cpp" line="62"/>
        <source>Odoo did not open its refusal form; refuse this expense in Odoo.</source>
        <translation>Odoo n&apos;a pas ouvert son formulaire de refus&#xa0;; refusez cette dépense dans Odoo.</translation>
    </message>
</context>
<context>
    <name>ExpenseReportAdapter</name>
    <message>
        <location filename="../app/decisions/expensereportadapter.cpp" line="63"/>
        <source>Odoo did not open its refusal form; refuse this report in Odoo.</source>
        <translation>Odoo n&apos;a pas ouvert son formulaire de refus&#xa0;; refusez cette note de frais dans Odoo.</translation>
    </message>
</context>
<context>
    <name>FailureTrendChart</name>
    <message>
        <location filename="../ui/failuretrendchart.cpp" line="25"/>
        <source>Integration failures per day</source>
        <translation>Erreurs d&apos;intégration par jour</translation>
    </message>
    <message>
        <location filename="../ui/failuretrendchart.cpp" line="78"/>
        <source>%1
%2: %3</source>
        <translation>%1
%2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/failuretrendchart.cpp" line="112"/>
        <source>No integration failures today</source>
        <translation>Aucune erreur d&apos;intégration aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/failuretrendchart.cpp" line="113"/>
        <source>No integration failures in the last %n days</source>
        <translation>
            <numerusform>Aucune erreur d&apos;intégration depuis %n jour</numerusform>
            <numerusform>Aucune erreur d&apos;intégration au cours des %n derniers jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryCountAdapter</name>
    <message>
        <location filename="../app/decisions/inventorycountadapter.cpp" line="94"/>
        <source>The count is no longer set in Odoo (already applied or discarded): nothing was applied.</source>
        <translation>Le comptage n&apos;est plus renseigné dans Odoo (déjà appliqué ou abandonné)&#xa0;: rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <location filename="../app/decisions/inventorycountadapter.cpp" line="101"/>
        <source>The product was counted again (%1 instead of %2): nothing was applied.</source>
        <translation>Le produit a été recompté (%1 au lieu de %2)&#xa0;: rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <location filename="../app/decisions/inventorycountadapter.cpp" line="123"/>
        <source>Odoo asks for a confirmation HQ Tower cannot give (%1): apply this count in Odoo.</source>
        <translation>Odoo demande une confirmation que HQ Tower ne peut pas donner (%1)&#xa0;: appliquez ce comptage dans Odoo.</translation>
    </message>
</context>
<context>
    <name>ItemDetailPanel</name>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="75"/>
        <source>&amp;Approve (A)</source>
        <translation>A&amp;pprouver (A)</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="77"/>
        <source>&amp;Reject… (R)</source>
        <translation>&amp;Rejeter… (R)</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="79"/>
        <source>&amp;Delegate… (D)</source>
        <translation>&amp;Déléguer… (D)</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="81"/>
        <source>Re&amp;try</source>
        <translation>Re&amp;lancer</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="83"/>
        <source>Dis&amp;miss…</source>
        <translation>Écar&amp;ter…</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="92"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="102"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="104"/>
        <source>&lt;p style=&apos;color:#666&apos;&gt;No messages.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;Aucun message.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="113"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/itemdetailpanel.cpp" line="124"/>
        <source>%n items selected</source>
        <translation>
            <numerusform>%n élément sélectionné</numerusform>
            <numerusform>%n éléments sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="125"/>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="127"/>
        <source>&lt;p style=&apos;color:#666&apos;&gt;Select an item in the queue (J / K move, Enter opens, X selects for a bulk decision).&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;Sélectionnez un élément dans la file (J / K pour se déplacer, Enter pour ouvrir, X pour sélectionner en vue d&apos;une décision groupée).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="143"/>
        <source>&lt;p&gt;&lt;b&gt;Why it is here:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pourquoi cet élément est ici&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="145"/>
        <source>&lt;p&gt;&lt;b&gt;Your decision:&lt;/b&gt; %1 — %2 %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Votre décision&#xa0;:&lt;/b&gt; %1 — %2 %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="150"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="151"/>
        <source>HQ / no store</source>
        <translation>Siège / aucun magasin</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="153"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="156"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="157"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="159"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="160"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="162"/>
        <source>State in Odoo</source>
        <translation>Statut dans Odoo</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="163"/>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="164"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="177"/>
        <source>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Open in Odoo&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Ouvrir dans Odoo&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/itemdetailpanel.cpp" line="180"/>
        <source>&lt;p style=&apos;color:#666&apos;&gt;Reading the history from Odoo…&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;Lecture de l&apos;historique depuis Odoo…&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Json2Transport</name>
    <message>
        <location filename="../app/odoo/json2transport.cpp" line="22"/>
        <source>%1.%2: JSON-2 needs argument %3 passed by name.</source>
        <translation>%1.%2&#xa0;: JSON-2 exige que l&apos;argument %3 soit passé par son nom.</translation>
    </message>
    <message>
        <location filename="../app/odoo/json2transport.cpp" line="77"/>
        <source>The server answered with HTTP %1.</source>
        <translation>Le serveur a répondu avec HTTP %1.</translation>
    </message>
</context>
<context>
    <name>JsonRpcCodec</name>
    <message>
        <location filename="../app/odoo/jsonrpccodec.cpp" line="50"/>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../app/odoo/jsonrpccodec.cpp" line="59"/>
        <source>The server&apos;s answer belongs to another request (id %1, not %2): a proxy or the server mixed up answers, so it was not used.</source>
        <translation>La réponse du serveur appartient à une autre requête (id %1, et non %2) : un proxy ou le serveur a mélangé les réponses, elle n&apos;a donc pas été utilisée.</translation>
    </message>
    <message>
        <location filename="../app/odoo/jsonrpccodec.cpp" line="79"/>
        <source>The server answered with HTTP %1.</source>
        <translation>Le serveur a répondu avec HTTP %1.</translation>
    </message>
    <message>
        <location filename="../app/odoo/jsonrpccodec.cpp" line="89"/>
        <source>The server&apos;s answer is JSON but not an Odoo JSON-RPC reply.</source>
        <translation>La réponse du serveur est du JSON mais pas une réponse JSON-RPC d&apos;Odoo.</translation>
    </message>
</context>
<context>
    <name>LiveUpdatesCommand</name>
    <message>
        <location filename="../app/cli/liveupdatescommand.cpp" line="16"/>
        <source>live-updates needs status, enable or disable.</source>
        <translation>live-updates exige status, enable ou disable.</translation>
    </message>
    <message>
        <location filename="../app/cli/liveupdatescommand.cpp" line="54"/>
        <source>Models: %1</source>
        <translation>Modèles&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/liveupdatescommand.cpp" line="57"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/liveupdatescommand.cpp" line="63"/>
        <source>Pushes go to the users of the Odoo group &quot;%1&quot; (you were added). Add the other HQ Tower users to it in Odoo: Settings &gt; Users &amp; Companies &gt; Groups.</source>
        <translation>Les notifications push vont aux utilisateurs du groupe Odoo «&#xa0;%1&#xa0;» (vous y avez été ajouté). Ajoutez-y les autres utilisateurs de HQ Tower dans Odoo&#xa0;: Paramètres &gt; Utilisateurs et sociétés &gt; Groupes.</translation>
    </message>
</context>
<context>
    <name>LiveUpdatesInstaller</name>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="100"/>
        <source>The live updates status is not known yet.</source>
        <translation>L&apos;état des mises à jour en direct n&apos;est pas encore connu.</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="103"/>
        <source>Live updates are on for 1 model.</source>
        <translation>Les mises à jour en direct sont activées pour 1 modèle.</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="105"/>
        <source>Live updates are on for %1 models.</source>
        <translation>Les mises à jour en direct sont activées pour %1 modèles.</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="107"/>
        <source>Live updates are off on this server.</source>
        <translation>Les mises à jour en direct sont désactivées sur ce serveur.</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="240"/>
        <source>this server has no model %1.</source>
        <translation>ce serveur n&apos;a pas de modèle %1.</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="398"/>
        <source>The Automation Rules module (base_automation) is not installed on this server.</source>
        <translation>Le module Règles d&apos;automatisation (base_automation) n&apos;est pas installé sur ce serveur.</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="402"/>
        <source>Only an Odoo administrator can enable live updates (your user may not create automation rules).</source>
        <translation>Seul un administrateur Odoo peut activer les mises à jour en direct (votre utilisateur n&apos;a pas le droit de créer des règles d&apos;automatisation).</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="405"/>
        <source>Only an Odoo administrator can turn off live updates (your user may not delete automation rules).</source>
        <translation>Seul un administrateur Odoo peut désactiver les mises à jour en direct (votre utilisateur n&apos;a pas le droit de supprimer des règles d&apos;automatisation).</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="409"/>
        <source>Only an Odoo administrator can see whether live updates are on (your user may not read automation rules).</source>
        <translation>Seul un administrateur Odoo peut voir si les mises à jour en direct sont activées (votre utilisateur n&apos;a pas le droit de lire les règles d&apos;automatisation).</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="415"/>
        <source>Live updates could not be enabled: %1</source>
        <translation>Les mises à jour en direct n&apos;ont pas pu être activées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="417"/>
        <source>Live updates could not be turned off: %1</source>
        <translation>Les mises à jour en direct n&apos;ont pas pu être désactivées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="422"/>
        <source>The live updates status could not be read: %1</source>
        <translation>L&apos;état des mises à jour en direct n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/liveupdatesinstaller.cpp" line="449"/>
        <source>Live updates could not be enabled for %1: %2 Running enable again completes what is missing.</source>
        <translation>Les mises à jour en direct n&apos;ont pas pu être activées pour %1&#xa0;: %2 Relancer l&apos;activation complète ce qui manque.</translation>
    </message>
</context>
<context>
    <name>LoginJob</name>
    <message>
        <location filename="../app/odoo/loginjob.cpp" line="34"/>
        <source>Wrong login, password or API key for user &quot;%1&quot; on database &quot;%2&quot;.</source>
        <translation>Identifiant, mot de passe ou clé API incorrect pour l&apos;utilisateur «&#xa0;%1&#xa0;» sur la base de données «&#xa0;%2 ».</translation>
    </message>
    <message>
        <location filename="../app/odoo/loginjob.cpp" line="41"/>
        <source>The server&apos;s answer to the login (common.login) is not a user id: %1.</source>
        <translation>La réponse du serveur à la connexion (common.login) n’est pas un identifiant d’utilisateur : %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="22"/>
        <source>HQ Tower</source>
        <translation>HQ Tower</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="29"/>
        <source>Not connected to an Odoo server</source>
        <translation>Non connecté à un serveur Odoo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="36"/>
        <source>HQ Tower watches Odoo for pending approvals, store exceptions and integration failures.
Use File → Connect to Odoo… or File → Try the demo.</source>
        <translation>HQ Tower surveille dans Odoo les approbations en attente, les exceptions de magasin et les erreurs d&apos;intégration.
Utilisez Fichier → Se connecter à Odoo… ou Fichier → Essayer la démo.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <source>&amp;Queue</source>
        <translation>File de tra&amp;vail</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>No saved connection yet</source>
        <translation>Aucune connexion enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="132"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>&amp;Connect to Odoo…</source>
        <translation>Se &amp;connecter à Odoo…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>S&amp;witch connection</source>
        <translation>C&amp;hanger de connexion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>&amp;Forget this connection…</source>
        <translation>&amp;Oublier cette connexion…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J / K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;approve&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reject (asks for a reason)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;delegate&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;X&lt;/b&gt;&lt;/td&gt;&lt;td&gt;select for a bulk decision&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open the detail&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;clear the bulk selection&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save the filters as a view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;sync now&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J / K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;élément suivant / précédent&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;approuver&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rejeter (demande un motif)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;déléguer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;X&lt;/b&gt;&lt;/td&gt;&lt;td&gt;sélectionner pour une décision groupée&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ouvrir le détail&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;vider la sélection groupée&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rechercher&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;enregistrer les filtres comme vue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;synchroniser maintenant&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>&lt;h3&gt;HQ Tower %1&lt;/h3&gt;&lt;p&gt;A control tower for retail and logistics companies that run Odoo: approvals, store exceptions and integration failures in one place.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HQ Tower %1&lt;/h3&gt;&lt;p&gt;Une tour de contrôle pour les entreprises de commerce et de logistique qui utilisent Odoo&#xa0;: approbations, exceptions de magasin et erreurs d&apos;intégration réunies en un seul endroit.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J / K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;approve&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reject (asks for a reason)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;delegate&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;X&lt;/b&gt;&lt;/td&gt;&lt;td&gt;select for a bulk decision&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open the detail&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;sync now&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="vanished">&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J / K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;élément suivant / précédent&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;approuver&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rejeter (demande un motif)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;déléguer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;X&lt;/b&gt;&lt;/td&gt;&lt;td&gt;sélectionner pour une décision groupée&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ouvrir le détail&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rechercher&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;synchroniser maintenant&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>&amp;About HQ Tower</source>
        <translation>À &amp;propos de HQ Tower</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>About HQ Tower</source>
        <translation>À propos de HQ Tower</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HQ Tower %1&lt;/h3&gt;&lt;p&gt;A control tower for retail and logistics companies that run Odoo: approvals, store exceptions and integration failures in one place.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;HQ Tower %1&lt;/h3&gt;&lt;p&gt;Une tour de contrôle pour les entreprises de commerce et de logistique qui utilisent Odoo&#xa0;: approbations, exceptions de magasin et erreurs d&apos;intégration réunies en un seul endroit.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NotificationPlanner</name>
    <message>
        <location filename="../models/notificationplanner.cpp" line="20"/>
        <source>New: %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/notificationplanner.cpp" line="22"/>
        <source>%n new items need attention</source>
        <translation>
            <numerusform>%n nouvel élément requiert votre attention</numerusform>
            <numerusform>%n nouveaux éléments requièrent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/notificationplanner.cpp" line="33"/>
        <source>Overdue: %1</source>
        <translation>En retard&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/notificationplanner.cpp" line="33"/>
        <source>Its SLA ran out just now.</source>
        <translation>Son SLA vient d&apos;expirer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/notificationplanner.cpp" line="35"/>
        <source>%n items just became overdue</source>
        <translation>
            <numerusform>%n élément vient de passer en retard</numerusform>
            <numerusform>%n éléments viennent de passer en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OdooCall</name>
    <message>
        <location filename="../app/odoo/odoocall.cpp" line="17"/>
        <source>Not connected to the Odoo server.</source>
        <translation>Non connecté au serveur Odoo.</translation>
    </message>
</context>
<context>
    <name>OdooConnection</name>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="53"/>
        <source>The server address is not a valid URL.</source>
        <translation>L&apos;adresse du serveur n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="81"/>
        <source>Odoo %1 is newer than the versions HQ Tower was verified with (17 to %2); it carries on, but a source or a decision may not work as expected.</source>
        <translation>Odoo %1 est plus récent que les versions avec lesquelles HQ Tower a été vérifié (17 à %2) ; il continue, mais une source ou une décision peut ne pas fonctionner comme prévu.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="87"/>
        <source>Live updates need a password login: Odoo gives an API key no web session, so HQ Tower polls.</source>
        <translation>Les mises à jour en direct exigent une connexion par mot de passe&#xa0;: Odoo n&apos;ouvre pas de session web pour une clé API, HQ Tower interroge donc périodiquement le serveur.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="90"/>
        <source>Live updates are turned off; HQ Tower polls.</source>
        <translation>Les mises à jour en direct sont désactivées&#xa0;; HQ Tower interroge périodiquement le serveur.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="93"/>
        <source>JSON-2 needs an API key; using JSON-RPC, which Odoo 19 deprecates.</source>
        <translation>JSON-2 exige une clé API&#xa0;; utilisation de JSON-RPC, obsolète depuis Odoo 19.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="151"/>
        <source>The server did not say which user the API key is for.</source>
        <translation>Le serveur n&apos;a pas indiqué à quel utilisateur appartient la clé API.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooconnection.cpp" line="162"/>
        <source>JSON-2 is not available on this server (%1); using JSON-RPC.</source>
        <translation>JSON-2 n&apos;est pas disponible sur ce serveur (%1)&#xa0;; utilisation de JSON-RPC.</translation>
    </message>
</context>
<context>
    <name>OdooError</name>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="50"/>
        <source>Cannot reach the Odoo server.</source>
        <translation>Le serveur Odoo est injoignable.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="53"/>
        <source>The Odoo server did not answer in time.</source>
        <translation>Le serveur Odoo n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="56"/>
        <source>The answer from the server arrived incomplete.</source>
        <translation>La réponse du serveur est arrivée incomplète.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="59"/>
        <source>The secure connection to the server failed.</source>
        <translation>La connexion sécurisée au serveur a échoué.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="62"/>
        <source>Odoo refused the login.</source>
        <translation>Odoo a refusé la connexion.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="65"/>
        <source>Your Odoo user is not allowed to do this.</source>
        <translation>Votre utilisateur Odoo n&apos;a pas le droit de faire cela.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="68"/>
        <source>Odoo refused the values.</source>
        <translation>Odoo a refusé les valeurs.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="71"/>
        <source>Odoo refused the operation.</source>
        <translation>Odoo a refusé l&apos;opération.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="74"/>
        <source>The record no longer exists in Odoo.</source>
        <translation>L&apos;enregistrement n&apos;existe plus dans Odoo.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="77"/>
        <source>The Odoo session has expired.</source>
        <translation>La session Odoo a expiré.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="80"/>
        <source>The server does not offer this.</source>
        <translation>Le serveur ne propose pas cette fonction.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="83"/>
        <source>The server&apos;s answer was not understood.</source>
        <translation>La réponse du serveur n&apos;a pas été comprise.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odooerror.cpp" line="86"/>
        <source>The Odoo server failed.</source>
        <translation>Le serveur Odoo a rencontré une erreur.</translation>
    </message>
</context>
<context>
    <name>OdooJob</name>
    <message>
        <location filename="../app/odoo/odoojob.cpp" line="53"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../app/odoo/odoojob.cpp" line="124"/>
        <source>The server sent more than %1 MB for one answer, more than any page HQ Tower asks for; the answer was not read.</source>
        <translation>Le serveur a envoyé plus de %1 Mo pour une seule réponse, plus que toute page demandée par HQ Tower ; la réponse n&apos;a pas été lue.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../app/storage/outbox.cpp" line="85"/>
        <source>This version of HQ Tower does not know the action &quot;%1&quot;.</source>
        <translation>Cette version de HQ Tower ne connaît pas l&apos;action « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="133"/>
        <source>there is no decision &quot;%1&quot; in the outbox</source>
        <translation>il n&apos;y a aucune décision «&#xa0;%1&#xa0;» dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="147"/>
        <source>Could not open the decision outbox in &quot;%1&quot;: %2.</source>
        <translation>Impossible d&apos;ouvrir la boîte d&apos;envoi des décisions dans «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="172"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="196"/>
        <source>Could not save the decisions</source>
        <translation>Impossible d&apos;enregistrer les décisions</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="200"/>
        <source>a decision on &quot;%1&quot; has no id</source>
        <translation>une décision sur «&#xa0;%1&#xa0;» n&apos;a pas d&apos;identifiant</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="202"/>
        <source>the decision &quot;%1&quot; is given twice</source>
        <translation>la décision «&#xa0;%1&#xa0;» est indiquée deux fois</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="216"/>
        <source>the decision &quot;%1&quot; is already in the outbox</source>
        <translation>la décision «&#xa0;%1&#xa0;» est déjà dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="233"/>
        <source>Could not save the progress of a decision</source>
        <translation>Impossible d&apos;enregistrer l&apos;avancement d&apos;une décision</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="240"/>
        <source>Could not record the outcome of a decision</source>
        <translation>Impossible de consigner le résultat d&apos;une décision</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="286"/>
        <source>Could not read the decision outbox</source>
        <translation>Impossible de lire la boîte d&apos;envoi des décisions</translation>
    </message>
    <message>
        <location filename="../app/storage/outbox.cpp" line="350"/>
        <source>Could not read the audit trail</source>
        <translation>Impossible de lire la piste d&apos;audit</translation>
    </message>
</context>
<context>
    <name>PriorityPolicy</name>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="20"/>
        <source>must be a number from %1 to %2</source>
        <translation>doit être un nombre de %1 à %2</translation>
    </message>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="31"/>
        <source>must be a whole number of points from 0 to 100</source>
        <translation>doit être un nombre entier de points de 0 à 100</translation>
    </message>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="54"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="61"/>
        <source>not valid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="63"/>
        <source>a priority policy is a JSON object</source>
        <translation>une politique de priorité est un objet JSON</translation>
    </message>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="89"/>
        <source>must be an object of source profile ids and amounts</source>
        <translation>doit être un objet d&apos;identifiants de profils de source et de montants</translation>
    </message>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="96"/>
        <source>limit of &quot;%1&quot; %2</source>
        <translation>la limite de « %1 » %2</translation>
    </message>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="110"/>
        <source>unknown key &quot;%1&quot; (known: money, severity, sla)</source>
        <translation>clé inconnue « %1 » (connues : money, severity, sla)</translation>
    </message>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="112"/>
        <source>&quot;%1&quot; must be an object</source>
        <translation>« %1 » doit être un objet</translation>
    </message>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="122"/>
        <source>unknown key &quot;%1&quot; in &quot;%2&quot; (known: %3)</source>
        <translation>clé inconnue « %1 » dans « %2 » (connues : %3)</translation>
    </message>
    <message>
        <location filename="../app/triage/prioritypolicy.cpp" line="130"/>
        <source>&quot;%1.%2&quot; %3</source>
        <translation>« %1.%2 » %3</translation>
    </message>
</context>
<context>
    <name>PriorityScorer</name>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="18"/>
        <source>1 business day</source>
        <translation>1 jour ouvré</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="18"/>
        <source>%1 business days</source>
        <translation>%1 jours ouvrés</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="22"/>
        <source>1 business hour</source>
        <translation>1 heure ouvrée</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="22"/>
        <source>%1 business hours</source>
        <translation>%1 heures ouvrées</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="25"/>
        <source>1 business minute</source>
        <translation>1 minute ouvrée</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="25"/>
        <source>%1 business minutes</source>
        <translation>%1 minutes ouvrées</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="34"/>
        <source>Severity %1</source>
        <translation>Gravité %1</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="35"/>
        <source>Severity %1: %2</source>
        <translation>Gravité %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="54"/>
        <source>Its SLA of %1 is used up</source>
        <translation>Son SLA de %1 est épuisé</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="56"/>
        <source>Overdue by %1</source>
        <translation>En retard de %1</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="65"/>
        <source>%1% of its SLA used, due in %2</source>
        <translation>%1 % de son SLA utilisé, échéance dans %2</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="84"/>
        <source>%1 %2, above the %3 limit</source>
        <translation>%1 %2, au-dessus de la limite de %3</translation>
    </message>
    <message>
        <location filename="../app/triage/priorityscorer.cpp" line="100"/>
        <source>Capped at 100</source>
        <translation>Plafonné à 100</translation>
    </message>
</context>
<context>
    <name>ProfileSync</name>
    <message>
        <location filename="../app/sync/profilesync.cpp" line="36"/>
        <source>The stores of its records could not be told (%1); its items keep their stores.</source>
        <translation>Les magasins de ses enregistrements n&apos;ont pas pu être déterminés (%1) ; ses éléments gardent leur magasin.</translation>
    </message>
    <message>
        <location filename="../app/sync/profilesync.cpp" line="71"/>
        <source>The answer to %1 on %2 is not a list of records: %3.</source>
        <translation>La réponse à %1 sur %2 n’est pas une liste d’enregistrements : %3.</translation>
    </message>
    <message>
        <location filename="../app/sync/profilesync.cpp" line="94"/>
        <source>The answer to search on %1 is not a list of ids: %2.</source>
        <translation>La réponse à search sur %1 n’est pas une liste d’identifiants : %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/profilesync.cpp" line="417"/>
        <source>%n records of %1 without a valid id were left out.</source>
        <translation>
            <numerusform>%n enregistrement de %1 sans identifiant valide a été écarté.</numerusform>
            <numerusform>%n enregistrements de %1 sans identifiant valide ont été écartés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseOrderAdapter</name>
    <message>
        <source>Odoo accepted the approval of %1 but the order still waits for approval: your Odoo user is probably not allowed to approve orders of this amount. Nothing was changed.</source>
        <translation type="vanished">Odoo a accepté l&apos;approbation de %1 mais la commande attend toujours une approbation&#xa0;: votre utilisateur Odoo n&apos;a probablement pas le droit d&apos;approuver des commandes de ce montant. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <location filename="../app/cli/queuecommand.cpp" line="19"/>
        <source>--kind must be one of %1.</source>
        <translation>--kind doit valoir l&apos;une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/queuecommand.cpp" line="27"/>
        <source>--store must be a store id (0 for HQ).</source>
        <translation>--store doit être un identifiant de magasin (0 pour le siège).</translation>
    </message>
    <message>
        <location filename="../app/cli/queuecommand.cpp" line="48"/>
        <source>No cached items yet: run hqtower-cli sync --once</source>
        <translation>Aucun élément en cache pour l&apos;instant&#xa0;: lancez hqtower-cli sync --once</translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="131"/>
        <location filename="../ui/queuefilterbar.cpp" line="139"/>
        <location filename="../ui/queuefilterbar.cpp" line="148"/>
        <location filename="../ui/queuefilterbar.cpp" line="159"/>
        <location filename="../ui/queuefilterbar.cpp" line="324"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="146"/>
        <source>No SLA</source>
        <translation>Sans SLA</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="155"/>
        <source>Unknown severity</source>
        <translation>Gravité inconnue</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="158"/>
        <source>%1 and above</source>
        <translation>%1 et plus</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="173"/>
        <source>&amp;Mine</source>
        <translation>&amp;Mes éléments</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="188"/>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="189"/>
        <source>Every word must appear in the title, summary, store or requester</source>
        <translation>Chaque mot doit figurer dans le titre, le résumé, le magasin ou le demandeur</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="191"/>
        <source>Show one kind of item</source>
        <translation>Afficher un seul type d&apos;élément</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="192"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="193"/>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="194"/>
        <source>Store exceptions</source>
        <translation>Exceptions de magasin</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="195"/>
        <source>Integration failures</source>
        <translation>Erreurs d&apos;intégration</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="196"/>
        <source>Show items at least this severe</source>
        <translation>Afficher les éléments d&apos;au moins cette gravité</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="197"/>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="198"/>
        <source>Medium and above</source>
        <translation>Moyenne et plus</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="199"/>
        <source>High and above</source>
        <translation>Élevée et plus</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="200"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="201"/>
        <source>Show items by their SLA state</source>
        <translation>Afficher les éléments selon leur état SLA</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="202"/>
        <source>Any SLA</source>
        <translation>Tout état SLA</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="203"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="204"/>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="205"/>
        <source>On time</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="206"/>
        <source>Show the stores of one region</source>
        <translation>Afficher les magasins d&apos;une région</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="207"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="208"/>
        <source>Show only items requested by or assigned to me</source>
        <translation>Afficher uniquement les éléments que j&apos;ai demandés ou qui me sont assignés</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="210"/>
        <source>Showing some stores only; click to show every store</source>
        <translation>Seuls certains magasins sont affichés&#xa0;; cliquez pour afficher tous les magasins</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="323"/>
        <source>Store: %1 ✕</source>
        <translation>Magasin&#xa0;: %1 ✕</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="324"/>
        <source>Stores: %1 ✕</source>
        <translation>Magasins&#xa0;: %1 ✕</translation>
    </message>
    <message>
        <location filename="../ui/queuefilterbar.cpp" line="345"/>
        <source>Store %1</source>
        <translation>Magasin %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queuefilterbar.cpp" line="350"/>
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 sur %n</numerusform>
            <numerusform>%1 sur %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../models/queuemodel.cpp" line="51"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="51"/>
        <source>Applied</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="51"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="51"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="51"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="508"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="510"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="512"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="514"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="516"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="518"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="520"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="522"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="524"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="526"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../models/queuerowmaker.cpp" line="82"/>
        <source>Store %1</source>
        <translation>Magasin %1</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="568"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="570"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../models/queuemodel.cpp" line="572"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>, </source>
        <translation type="vanished">, </translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation type="vanished">Sans SLA</translation>
    </message>
    <message>
        <source>Unknown severity</source>
        <translation type="vanished">Gravité inconnue</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation type="vanished">%1 et plus</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation type="vanished">Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="vanished">Supprimer la vue</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="vanished">&amp;Mes éléments</translation>
    </message>
    <message>
        <source>Saved views: choose one to apply its filters and sort; “All items” clears the filters. Choose a view again to undo your changes to it.</source>
        <translation type="vanished">Vues enregistrées&#xa0;: choisissez-en une pour appliquer ses filtres et son tri&#xa0;; «&#xa0;Tous les éléments&#xa0;» efface les filtres. Choisissez de nouveau une vue pour annuler vos modifications.</translation>
    </message>
    <message>
        <source>Save the current filters and sort as a named view (%1)</source>
        <translation type="vanished">Enregistrer les filtres et le tri actuels comme vue nommée (%1)</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="vanished">Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Every word must appear in the title, summary, store or requester</source>
        <translation type="vanished">Chaque mot doit figurer dans le titre, le résumé, le magasin ou le demandeur</translation>
    </message>
    <message>
        <source>Show one kind of item</source>
        <translation type="vanished">Afficher un seul type d&apos;élément</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="vanished">Tous les types</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="vanished">Approbations</translation>
    </message>
    <message>
        <source>Store exceptions</source>
        <translation type="vanished">Exceptions de magasin</translation>
    </message>
    <message>
        <source>Integration failures</source>
        <translation type="vanished">Erreurs d&apos;intégration</translation>
    </message>
    <message>
        <source>Show items at least this severe</source>
        <translation type="vanished">Afficher les éléments d&apos;au moins cette gravité</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="vanished">Toute gravité</translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation type="vanished">Moyenne et plus</translation>
    </message>
    <message>
        <source>High and above</source>
        <translation type="vanished">Élevée et plus</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="vanished">Critique</translation>
    </message>
    <message>
        <source>Show items by their SLA state</source>
        <translation type="vanished">Afficher les éléments selon leur état SLA</translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation type="vanished">Tout état SLA</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="vanished">En retard</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="vanished">Échéance proche</translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="vanished">Dans les délais</translation>
    </message>
    <message>
        <source>Show the stores of one region</source>
        <translation type="vanished">Afficher les magasins d&apos;une région</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="vanished">Toutes les régions</translation>
    </message>
    <message>
        <source>Show only items requested by or assigned to me</source>
        <translation type="vanished">Afficher uniquement les éléments que j&apos;ai demandés ou qui me sont assignés</translation>
    </message>
    <message>
        <source>Showing some stores only; click to show every store</source>
        <translation type="vanished">Seuls certains magasins sont affichés&#xa0;; cliquez pour afficher tous les magasins</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="vanished">V&amp;ue&#xa0;:</translation>
    </message>
    <message>
        <source>Showing one store only; click to show every store</source>
        <translation type="vanished">Un seul magasin est affiché&#xa0;; cliquez pour afficher tous les magasins</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="34"/>
        <source>Approve all</source>
        <translation>Tout approuver</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="35"/>
        <source>Reject all…</source>
        <translation>Tout rejeter…</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="36"/>
        <source>Delegate all…</source>
        <translation>Tout déléguer…</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="42"/>
        <location filename="../ui/queuepanel.cpp" line="320"/>
        <source>Clear selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="307"/>
        <source>%1 (%2)</source>
        <extracomment>The tooltip of a keyboard action: what it does (its shortcut)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="311"/>
        <source>Next item</source>
        <translation>Élément suivant</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="312"/>
        <source>Previous item</source>
        <translation>Élément précédent</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="313"/>
        <source>Select for a bulk decision</source>
        <translation>Sélectionner pour une décision groupée</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="314"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="316"/>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="318"/>
        <source>Delegate…</source>
        <translation>Déléguer…</translation>
    </message>
    <message>
        <location filename="../ui/queuepanel.cpp" line="321"/>
        <source>Open the detail</source>
        <translation>Ouvrir le détail</translation>
    </message>
    <message>
        <source>Store: %1 ✕</source>
        <translation type="vanished">Magasin&#xa0;: %1 ✕</translation>
    </message>
    <message>
        <source>Stores: %1 ✕</source>
        <translation type="vanished">Magasins&#xa0;: %1 ✕</translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="vanished">Tous les éléments</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation type="vanished">Effacer tous les filtres</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation type="vanished">%1 (modifiée)</translation>
    </message>
    <message>
        <source>Unsaved filters</source>
        <translation type="vanished">Filtres non enregistrés</translation>
    </message>
    <message>
        <source>The filters were changed since the view was chosen; save to keep the changes</source>
        <translation type="vanished">Les filtres ont été modifiés depuis le choix de la vue&#xa0;; enregistrez pour conserver les modifications</translation>
    </message>
    <message>
        <source>These filters are not saved as a view</source>
        <translation type="vanished">Ces filtres ne sont pas enregistrés comme vue</translation>
    </message>
    <message>
        <source>Delete the saved view “%1”</source>
        <translation type="vanished">Supprimer la vue enregistrée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Choose a saved view to delete it</source>
        <translation type="vanished">Choisissez une vue enregistrée pour la supprimer</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="vanished">Enregistrer la vue</translation>
    </message>
    <message>
        <source>Save the current filters and sort as the view:</source>
        <translation type="vanished">Enregistrer les filtres et le tri actuels sous la vue&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="vanished">Enregistrer</translation>
    </message>
    <message>
        <source>Replace view</source>
        <translation type="vanished">Remplacer la vue</translation>
    </message>
    <message>
        <source>A view named “%1” exists already. Replace it?</source>
        <translation type="vanished">Une vue nommée «&#xa0;%1&#xa0;» existe déjà. La remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the saved view “%1”? The filters stay as they are.</source>
        <translation type="vanished">Supprimer la vue enregistrée «&#xa0;%1&#xa0;»&#xa0;? Les filtres restent inchangés.</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation type="vanished">Magasin %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queuepanel.cpp" line="289"/>
        <source>%n items selected:</source>
        <translation>
            <numerusform>%n élément sélectionné&#xa0;:</numerusform>
            <numerusform>%n éléments sélectionnés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation type="vanished">
            <numerusform>%1 sur %n</numerusform>
            <numerusform>%1 sur %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueReport</name>
    <message>
        <location filename="../app/cli/queuereport.cpp" line="31"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/cli/queuereport.cpp" line="34"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/cli/queuereport.cpp" line="37"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/cli/queuereport.cpp" line="38"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location filename="../app/cli/queuereport.cpp" line="88"/>
        <source>store %1</source>
        <translation>magasin %1</translation>
    </message>
    <message>
        <location filename="../app/cli/queuereport.cpp" line="88"/>
        <source>HQ</source>
        <translation>Siège</translation>
    </message>
</context>
<context>
    <name>QueueRules</name>
    <message>
        <location filename="../models/queuerules.cpp" line="67"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="69"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="71"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="73"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="77"/>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="84"/>
        <source>On time</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="86"/>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="88"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="99"/>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="101"/>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="103"/>
        <source>Integration failure</source>
        <translation>Erreur d&apos;intégration</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="107"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../models/queuerules.cpp" line="112"/>
        <source>HQ / no store</source>
        <translation>Siège / aucun magasin</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../ui/reasondialog.cpp" line="25"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="26"/>
        <source>Why do you reject %1? The reason is posted in Odoo&apos;s chatter.</source>
        <translation>Pourquoi rejetez-vous %1&#xa0;? Le motif est publié dans le chatter d&apos;Odoo.</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="27"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="29"/>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="30"/>
        <source>Why do you dismiss %1?</source>
        <translation>Pourquoi écartez-vous %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="31"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Écarter</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="33"/>
        <source>Delegate</source>
        <translation>Déléguer</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="34"/>
        <source>Who should decide %1 instead? They get a To-Do activity in Odoo.</source>
        <translation>Qui doit décider de %1 à votre place&#xa0;? Cette personne recevra une activité «&#xa0;À faire&#xa0;» dans Odoo.</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="35"/>
        <source>&amp;Delegate</source>
        <translation>&amp;Déléguer</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="37"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="38"/>
        <source>Approve %1? A comment is optional; it is posted in Odoo&apos;s chatter.</source>
        <translation>Approuver %1&#xa0;? Un commentaire est facultatif&#xa0;; il est publié dans le chatter d&apos;Odoo.</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="39"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="45"/>
        <source>Odoo login, e.g. buyer1</source>
        <translation>Identifiant Odoo, par ex. buyer1</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="46"/>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="49"/>
        <source>A note for them (optional)</source>
        <translation>Une note pour cette personne (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="50"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="52"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="52"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/reasondialog.cpp" line="72"/>
        <source>Give the Odoo login of the person.</source>
        <translation>Indiquez l&apos;identifiant Odoo de la personne.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reasondialog.cpp" line="74"/>
        <source>A reason of at least %n characters is required.</source>
        <translation>
            <numerusform>Un motif d&apos;au moins %n caractère est requis.</numerusform>
            <numerusform>Un motif d&apos;au moins %n caractères est requis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionBacklogChart</name>
    <message>
        <location filename="../ui/regionbacklogchart.cpp" line="17"/>
        <source>Open items by region</source>
        <translation>Éléments ouverts par région</translation>
    </message>
    <message>
        <location filename="../ui/regionbacklogchart.cpp" line="34"/>
        <source>%1
%2: %3</source>
        <translation>%1
%2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/regionbacklogchart.cpp" line="78"/>
        <source>No open items</source>
        <translation>Aucun élément ouvert</translation>
    </message>
</context>
<context>
    <name>SavedViewsBar</name>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="26"/>
        <source>Save view…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="27"/>
        <location filename="../ui/savedviewsbar.cpp" line="193"/>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="38"/>
        <source>Saved views: choose one to apply its filters and sort; “All items” clears the filters. Choose a view again to undo your changes to it.</source>
        <translation>Vues enregistrées&#xa0;: choisissez-en une pour appliquer ses filtres et son tri&#xa0;; «&#xa0;Tous les éléments&#xa0;» efface les filtres. Choisissez de nouveau une vue pour annuler vos modifications.</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="40"/>
        <source>Save the current filters and sort as a named view (%1)</source>
        <translation>Enregistrer les filtres et le tri actuels comme vue nommée (%1)</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="42"/>
        <source>&amp;View:</source>
        <translation>V&amp;ue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="63"/>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="64"/>
        <source>Clear every filter</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="135"/>
        <source>%1 (modified)</source>
        <translation>%1 (modifiée)</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="135"/>
        <source>Unsaved filters</source>
        <translation>Filtres non enregistrés</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="141"/>
        <source>The filters were changed since the view was chosen; save to keep the changes</source>
        <translation>Les filtres ont été modifiés depuis le choix de la vue&#xa0;; enregistrez pour conserver les modifications</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="143"/>
        <source>These filters are not saved as a view</source>
        <translation>Ces filtres ne sont pas enregistrés comme vue</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="156"/>
        <source>Delete the saved view “%1”</source>
        <translation>Supprimer la vue enregistrée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="157"/>
        <source>Choose a saved view to delete it</source>
        <translation>Choisissez une vue enregistrée pour la supprimer</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="164"/>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="166"/>
        <source>Save the current filters and sort as the view:</source>
        <translation>Enregistrer les filtres et le tri actuels sous la vue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="168"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="181"/>
        <source>Replace view</source>
        <translation>Remplacer la vue</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="182"/>
        <source>A view named “%1” exists already. Replace it?</source>
        <translation>Une vue nommée «&#xa0;%1&#xa0;» existe déjà. La remplacer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/savedviewsbar.cpp" line="194"/>
        <source>Delete the saved view “%1”? The filters stay as they are.</source>
        <translation>Supprimer la vue enregistrée «&#xa0;%1&#xa0;»&#xa0;? Les filtres restent inchangés.</translation>
    </message>
</context>
<context>
    <name>ScheduledActionAdapter</name>
    <message>
        <location filename="../app/decisions/scheduledactionadapter.cpp" line="53"/>
        <source>The scheduled action ran and failed again: %1</source>
        <translation>L&apos;action planifiée s&apos;est exécutée et a de nouveau échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/decisions/scheduledactionadapter.cpp" line="76"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="23"/>
        <source>When an item becomes &amp;overdue</source>
        <translation>Quand un élément passe en &amp;retard</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="26"/>
        <source>&amp;Enable live updates on this server</source>
        <translation>&amp;Activer les mises à jour en direct sur ce serveur</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="27"/>
        <source>Re&amp;move them</source>
        <translation>Les &amp;supprimer</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="29"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="33"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="36"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="38"/>
        <source>&amp;Poll every:</source>
        <translation>&amp;Interroger toutes les&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="49"/>
        <source>%1 (not on this server: %2)</source>
        <translation>%1 (absent de ce serveur&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="56"/>
        <source>&amp;Sources:</source>
        <translation>S&amp;ources&#xa0;:</translation>
    </message>
    <message>
        <source>SLA clock (0 = as the source defines it)</source>
        <translation type="vanished">Délai SLA (0 = tel que défini par la source)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="59"/>
        <source>SLA clock</source>
        <translation>Délai SLA</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="62"/>
        <source>Approvals:</source>
        <translation>Approbations&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="63"/>
        <source>Store exceptions:</source>
        <translation>Exceptions de magasin&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="64"/>
        <source>Integration failures:</source>
        <translation>Erreurs d&apos;intégration&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="69"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="70"/>
        <source>As the source defines it</source>
        <translation>Comme défini par la source</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="77"/>
        <source>Desktop notifications</source>
        <translation>Notifications de bureau</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="79"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="80"/>
        <source>Any new item</source>
        <translation>Tout nouvel élément</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="81"/>
        <source>Medium and above</source>
        <translation>Moyenne et plus</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="82"/>
        <source>High and above</source>
        <translation>Élevée et plus</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="83"/>
        <source>Critical only</source>
        <translation>Critique uniquement</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="85"/>
        <source>New &amp;items:</source>
        <translation>Nouveaux &amp;éléments&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="91"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="96"/>
        <source>&amp;Language (after a restart):</source>
        <translation>&amp;Langue (après un redémarrage)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="99"/>
        <source>Live updates on this server (Odoo administrators)</source>
        <translation>Mises à jour en direct sur ce serveur (administrateurs Odoo)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="102"/>
        <source>Creates one automation rule per monitored model in Odoo, so that changes reach HQ Tower within a second. Users who should get them belong to the Odoo group &quot;HQ Tower live updates&quot;.</source>
        <translation>Crée dans Odoo une règle d&apos;automatisation par modèle surveillé, afin que les changements parviennent à HQ Tower en moins d&apos;une seconde. Les utilisateurs qui doivent les recevoir appartiennent au groupe Odoo «&#xa0;HQ Tower live updates ».</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="125"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>SimFaults</name>
    <message>
        <location filename="../app/sim/simfaults.cpp" line="96"/>
        <source>--latency-ms needs a number of milliseconds.</source>
        <translation>--latency-ms exige un nombre de millisecondes.</translation>
    </message>
    <message>
        <location filename="../app/sim/simfaults.cpp" line="111"/>
        <source>--%1 needs a share between 0 and 1.</source>
        <translation>--%1 exige une proportion comprise entre 0 et 1.</translation>
    </message>
    <message>
        <location filename="../app/sim/simfaults.cpp" line="118"/>
        <source>--fault-seed needs a whole number.</source>
        <translation>--fault-seed exige un nombre entier.</translation>
    </message>
</context>
<context>
    <name>SlaAgingChart</name>
    <message>
        <location filename="../ui/slaagingchart.cpp" line="19"/>
        <source>0–25 %</source>
        <translation>0–25 %</translation>
    </message>
    <message>
        <location filename="../ui/slaagingchart.cpp" line="21"/>
        <source>25–50 %</source>
        <translation>25–50 %</translation>
    </message>
    <message>
        <location filename="../ui/slaagingchart.cpp" line="23"/>
        <source>50–100 %</source>
        <translation>50–100 %</translation>
    </message>
    <message>
        <location filename="../ui/slaagingchart.cpp" line="25"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../ui/slaagingchart.cpp" line="27"/>
        <source>No SLA</source>
        <translation>Sans SLA</translation>
    </message>
    <message>
        <location filename="../ui/slaagingchart.cpp" line="34"/>
        <source>SLA time used by open items</source>
        <translation>Temps de SLA consommé par les éléments ouverts</translation>
    </message>
    <message>
        <location filename="../ui/slaagingchart.cpp" line="53"/>
        <source>%1
%2: %3</source>
        <translation>%1
%2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/slaagingchart.cpp" line="84"/>
        <source>No open items</source>
        <translation>Aucun élément ouvert</translation>
    </message>
</context>
<context>
    <name>SourceCatalog</name>
    <message>
        <location filename="../app/sync/sourcecatalog.cpp" line="48"/>
        <source>%1:1: cannot be read (%2)</source>
        <translation>%1:1: illisible (%2)</translation>
    </message>
</context>
<context>
    <name>SourceProfile</name>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="70"/>
        <source>a condition needs a &quot;field&quot;</source>
        <translation>une condition exige un &quot;field&quot;</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="74"/>
        <source>unknown operator &quot;%1&quot; (use one of %2)</source>
        <translation>opérateur inconnu &quot;%1&quot; (utilisez l&apos;un de %2)</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="80"/>
        <source>the condition on %1 needs a &quot;value&quot;</source>
        <translation>la condition sur %1 exige un &quot;value&quot;</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="100"/>
        <source>domain term %1 is neither [field, operator, value] nor &apos;&amp;&apos;, &apos;|&apos;, &apos;!&apos;</source>
        <translation>le terme de domaine %1 n&apos;est ni [field, operator, value] ni &apos;&amp;&apos;, &apos;|&apos;, &apos;!&apos;</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="150"/>
        <source>works on Odoo %1 only</source>
        <translation>fonctionne uniquement avec Odoo %1</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="153"/>
        <source>needs Odoo %1 to %2</source>
        <translation>exige Odoo %1 à %2</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="155"/>
        <source>needs Odoo %1 or later</source>
        <translation>exige Odoo %1 ou ultérieur</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="157"/>
        <source>needs Odoo %1 or earlier</source>
        <translation>exige Odoo %1 ou antérieur</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="127"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="133"/>
        <source>not valid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="135"/>
        <source>a profile must be one JSON object</source>
        <translation>un profil doit être un seul objet JSON</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="160"/>
        <source>variant &quot;%1&quot; must be an object</source>
        <translation>la variante &quot;%1&quot; doit être un objet</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="165"/>
        <source>variant &quot;%1&quot; may not change &quot;%2&quot;</source>
        <translation>la variante &quot;%1&quot; ne peut pas modifier &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="170"/>
        <source>variant %1: %2</source>
        <translation>variante %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="186"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="208"/>
        <source>the profile has no &quot;title&quot;</source>
        <translation>le profil n&apos;a pas de &quot;title&quot;</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="213"/>
        <source>unknown kind &quot;%1&quot; (use %2)</source>
        <translation>type inconnu &quot;%1&quot; (utilisez %2)</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="218"/>
        <source>the profile has no &quot;model&quot;</source>
        <translation>le profil n&apos;a pas de &quot;model&quot;</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="233"/>
        <source>unknown placeholder &quot;%1&quot; (use $now, $now-3d, $today…)</source>
        <translation>espace réservé inconnu &quot;%1&quot; (utilisez $now, $now-3d, $today…)</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="241"/>
        <source>the profile has no &quot;title_field&quot;</source>
        <translation>le profil n&apos;a pas de &quot;title_field&quot;</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="273"/>
        <source>a filter must be an object</source>
        <translation>un filtre doit être un objet</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="282"/>
        <source>unknown severity &quot;%1&quot; (use %2)</source>
        <translation>gravité inconnue &quot;%1&quot; (utilisez %2)</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="291"/>
        <source>a severity rule must be an object</source>
        <translation>une règle de gravité doit être un objet</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="299"/>
        <source>unknown severity &quot;%1&quot; in a severity rule</source>
        <translation>gravité inconnue &quot;%1&quot; dans une règle de gravité</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofilereader.cpp" line="302"/>
        <source>a severity rule needs a &quot;reason&quot;</source>
        <translation>une règle de gravité exige un &quot;reason&quot;</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="228"/>
        <source>%1: variant %2 is outside the versions it requires</source>
        <translation>%1&#xa0;: la variante %2 est hors des versions qu&apos;elle exige</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="235"/>
        <source>%1: %2 uses %3, which is not read</source>
        <translation>%1&#xa0;: %2 utilise %3, qui n&apos;est pas lu</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="239"/>
        <source>the summary</source>
        <translation>le résumé</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="241"/>
        <source>a severity rule</source>
        <translation>une règle de gravité</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="243"/>
        <source>a filter</source>
        <translation>un filtre</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="245"/>
        <source>%1: no summary</source>
        <translation>%1&#xa0;: aucun résumé</translation>
    </message>
    <message>
        <location filename="../app/sync/sourceprofile.cpp" line="305"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <location filename="../app/storage/sqlitefile.cpp" line="31"/>
        <source>SQLite could not open the file (%1)</source>
        <translation>SQLite n&apos;a pas pu ouvrir le fichier (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlitefile.cpp" line="43"/>
        <source>the file is not an HQ Tower cache or it is damaged (%1)</source>
        <translation>le fichier n&apos;est pas un cache HQ Tower ou il est endommagé (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlitefile.cpp" line="46"/>
        <source>SQLite refused the settings (%1)</source>
        <translation>SQLite a refusé les paramètres (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlitefile.cpp" line="67"/>
        <source>no file name was given</source>
        <translation>aucun nom de fichier n&apos;a été indiqué</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlitefile.cpp" line="70"/>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlitefile.cpp" line="73"/>
        <source>the folder &quot;%1&quot; could not be created</source>
        <translation>le dossier «&#xa0;%1&#xa0;» n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlitefile.cpp" line="77"/>
        <source>the Qt SQLite driver is not installed</source>
        <translation>le pilote SQLite de Qt n&apos;est pas installé</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlitefile.cpp" line="106"/>
        <source>unknown SQLite error</source>
        <translation>erreur SQLite inconnue</translation>
    </message>
</context>
<context>
    <name>StoreMapPanel</name>
    <message>
        <location filename="../ui/storemappanel.cpp" line="74"/>
        <source>Fit to stores</source>
        <translation>Ajuster aux magasins</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="77"/>
        <source>Show every store on the map (F)</source>
        <translation>Afficher tous les magasins sur la carte (F)</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="85"/>
        <source>Zoom in (+ or the mouse wheel)</source>
        <translation>Zoom avant (+ ou molette de la souris)</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="86"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="91"/>
        <source>Zoom out (- or the mouse wheel)</source>
        <translation>Zoom arrière (- ou molette de la souris)</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="92"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="98"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="99"/>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="100"/>
        <source>On time</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="101"/>
        <source>No SLA / no open items</source>
        <translation>Sans SLA / aucun élément ouvert</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="104"/>
        <source>Marker colour: the worst SLA state of the store&apos;s open items. Marker size: the number of open items. A pale ring marks a group of nearby stores; click it to zoom in.</source>
        <translation>Couleur du marqueur&#xa0;: le pire état SLA des éléments ouverts du magasin. Taille du marqueur&#xa0;: le nombre d&apos;éléments ouverts. Un anneau pâle signale un groupe de magasins proches&#xa0;; cliquez dessus pour zoomer.</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="114"/>
        <source>These stores have no coordinates in Odoo; click one to show its items</source>
        <translation>Ces magasins n&apos;ont pas de coordonnées dans Odoo&#xa0;; cliquez sur l&apos;un d&apos;eux pour afficher ses éléments</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/storemappanel.cpp" line="179"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n ouvert</numerusform>
            <numerusform>%n ouverts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="179"/>
        <source>nothing open</source>
        <translation>rien d&apos;ouvert</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="185"/>
        <source>Region: %1</source>
        <translation>Région&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="188"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="191"/>
        <source>Worst SLA: %1</source>
        <translation>Pire état SLA&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/storemappanel.cpp" line="207"/>
        <source>Stores without coordinates (%1)</source>
        <translation>Magasins sans coordonnées (%1)</translation>
    </message>
</context>
<context>
    <name>StoreMapView</name>
    <message>
        <location filename="../ui/storemapview.cpp" line="118"/>
        <source>Store map</source>
        <translation>Carte des magasins</translation>
    </message>
    <message>
        <source>Basemap: Natural Earth, public domain</source>
        <translation type="vanished">Fond de carte&#xa0;: Natural Earth, domaine public</translation>
    </message>
    <message>
        <location filename="../ui/storemapview.cpp" line="126"/>
        <source>Basemap: Natural Earth 1:50m land and country borders (public domain, naturalearthdata.com), converted from the world-atlas TopoJSON package</source>
        <translation>Fond de carte&#xa0;: Natural Earth 1:50m, terres et frontières des pays (domaine public, naturalearthdata.com), converti depuis le paquet TopoJSON world-atlas</translation>
    </message>
    <message>
        <location filename="../ui/storemapview.cpp" line="285"/>
        <source>No stores to show yet.</source>
        <translation>Aucun magasin à afficher pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/storemapview.cpp" line="286"/>
        <source>None of the %n store(s) has map coordinates yet. Geolocate the stores&apos; addresses in Odoo to see them here.</source>
        <translation>
            <numerusform>Le magasin n&apos;a pas encore de coordonnées cartographiques. Géolocalisez son adresse dans Odoo pour le voir ici.</numerusform>
            <numerusform>Aucun des %n magasins n&apos;a encore de coordonnées cartographiques. Géolocalisez les adresses des magasins dans Odoo pour les voir ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/storemapview.cpp" line="564"/>
        <source>%n store(s)</source>
        <translation>
            <numerusform>%n magasin</numerusform>
            <numerusform>%n magasins</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/storemapview.cpp" line="567"/>
        <source>No open items</source>
        <translation>Aucun élément ouvert</translation>
    </message>
    <message>
        <location filename="../ui/storemapview.cpp" line="570"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/storemapview.cpp" line="573"/>
        <source>Worst SLA: %1</source>
        <translation>Pire état SLA&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/storemapview.cpp" line="584"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/storemapview.cpp" line="586"/>
        <source>Click to zoom in</source>
        <translation>Cliquez pour zoomer</translation>
    </message>
</context>
<context>
    <name>StoreModel</name>
    <message>
        <source>Store</source>
        <translation type="vanished">Magasin</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="vanished">Code</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="vanished">Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="vanished">Région</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">Ouverts</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="vanished">Approbations</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="vanished">Exceptions</translation>
    </message>
    <message>
        <source>Integration failures</source>
        <translation type="vanished">Erreurs d&apos;intégration</translation>
    </message>
    <message>
        <source>Worst SLA</source>
        <translation type="vanished">Pire état SLA</translation>
    </message>
</context>
<context>
    <name>StoreRankingChart</name>
    <message>
        <location filename="../ui/storerankingchart.cpp" line="19"/>
        <source>Top 10 stores by open exceptions</source>
        <translation>Top 10 des magasins par exceptions ouvertes</translation>
    </message>
    <message>
        <location filename="../ui/storerankingchart.cpp" line="30"/>
        <source>Open exceptions</source>
        <translation>Exceptions ouvertes</translation>
    </message>
    <message>
        <location filename="../ui/storerankingchart.cpp" line="41"/>
        <source>%1: 1 open exception</source>
        <translation>%1&#xa0;: 1 exception ouverte</translation>
    </message>
    <message>
        <location filename="../ui/storerankingchart.cpp" line="42"/>
        <source>%1: %2 open exceptions</source>
        <translation>%1&#xa0;: %2 exceptions ouvertes</translation>
    </message>
    <message>
        <location filename="../ui/storerankingchart.cpp" line="63"/>
        <source>Store %1</source>
        <translation>Magasin %1</translation>
    </message>
    <message>
        <location filename="../ui/storerankingchart.cpp" line="77"/>
        <source>No store has open exceptions</source>
        <translation>Aucun magasin n&apos;a d&apos;exception ouverte</translation>
    </message>
</context>
<context>
    <name>StoreSync</name>
    <message>
        <location filename="../app/sync/storesync.cpp" line="38"/>
        <source>the stores could not be read: %1</source>
        <translation>les magasins n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <location filename="../app/sync/storesync.cpp" line="119"/>
        <source>%1.%2: %3</source>
        <translation>%1.%2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="27"/>
        <source>sync needs --once (continuous sync runs in the desktop app).</source>
        <translation>sync exige --once (la synchronisation continue se fait dans l&apos;application de bureau).</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="33"/>
        <source>--budget must be a number of seconds (0 or more).</source>
        <translation>--budget doit être un nombre de secondes (0 ou plus).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommand.cpp" line="63"/>
        <source>%n source(s) could not be checked; checking again.</source>
        <translation>
            <numerusform>%n source n&apos;a pas pu être vérifiée ; nouvelle vérification.</numerusform>
            <numerusform>%n sources n&apos;ont pas pu être vérifiées ; nouvelle vérification.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="77"/>
        <source>Skipped %1: %2</source>
        <translation>Source %1 ignorée&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/synccommand.cpp" line="110"/>
        <source>%n source(s) failed for a server or network problem; trying again.</source>
        <translation>
            <numerusform>%n source en échec (problème de serveur ou de réseau) ; nouvel essai.</numerusform>
            <numerusform>%n sources en échec (problème de serveur ou de réseau) ; nouvel essai.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="129"/>
        <source>Syncing: %1 % (%2 of %3 records)</source>
        <translation>Synchronisation&#xa0;: %1 % (%2 enregistrements sur %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="166"/>
        <source>%1 items, fetched %2, changed %3, removed %4, %5 requests</source>
        <translation>%1 éléments, %2 récupérés, %3 modifiés, %4 supprimés, %5 requêtes</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="173"/>
        <source>, error: %1</source>
        <translation>, erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="181"/>
        <source>Total: %1 items in %2 sources, fetched %3, changed %4, removed %5, %6 requests</source>
        <translation>Total&#xa0;: %1 éléments dans %2 sources, %3 récupérés, %4 modifiés, %5 supprimés, %6 requêtes</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="189"/>
        <source>Cache: %1</source>
        <translation>Cache&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="192"/>
        <source>Some sources failed to sync; the others were saved.</source>
        <translation>Certaines sources n&apos;ont pas pu être synchronisées&#xa0;; les autres ont été enregistrées.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../app/sync/syncstatus.cpp" line="31"/>
        <source>retrying in %n s</source>
        <translation>
            <numerusform>nouvel essai dans %n s</numerusform>
            <numerusform>nouvel essai dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="32"/>
        <source>retrying now</source>
        <translation>nouvel essai en cours</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="36"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="39"/>
        <source>Offline since %1 — trying again…</source>
        <translation>Hors ligne depuis %1 — nouvel essai…</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="40"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="42"/>
        <source>Up to date — last sync at %1</source>
        <translation>À jour — dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="44"/>
        <source>Offline since %1</source>
        <translation>Hors ligne depuis %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="45"/>
        <source>Offline since %1 — %2</source>
        <translation>Hors ligne depuis %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="47"/>
        <source>Sync problem: %1</source>
        <translation>Problème de synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/sync/syncstatus.cpp" line="48"/>
        <source>Sync problem: %1 — %2</source>
        <translation>Problème de synchronisation&#xa0;: %1 — %2</translation>
    </message>
</context>
<context>
    <name>TierReviewAdapter</name>
    <message>
        <location filename="../app/decisions/tierreviewadapter.cpp" line="64"/>
        <source>The review does not name the document it is about.</source>
        <translation>La revue n&apos;indique pas le document concerné.</translation>
    </message>
    <message>
        <location filename="../app/decisions/tierreviewadapter.cpp" line="69"/>
        <source>Validated in HQ Tower</source>
        <translation>Validé dans HQ Tower</translation>
    </message>
    <message>
        <location filename="../app/decisions/tierreviewadapter.cpp" line="70"/>
        <source>Rejected in HQ Tower</source>
        <translation>Rejeté dans HQ Tower</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../ui/traynotifier.cpp" line="13"/>
        <source>Show HQ Tower</source>
        <translation>Afficher HQ Tower</translation>
    </message>
    <message>
        <location filename="../ui/traynotifier.cpp" line="25"/>
        <source>HQ Tower</source>
        <translation>HQ Tower</translation>
    </message>
    <message>
        <location filename="../ui/traynotifier.cpp" line="34"/>
        <source>HQ Tower: %1 open, %2 overdue</source>
        <translation>HQ Tower&#xa0;: %1 ouverts, %2 en retard</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/traynotifier.cpp" line="51"/>
        <source>%n items need attention</source>
        <translation>
            <numerusform>%n élément requiert votre attention</numerusform>
            <numerusform>%n éléments requièrent votre attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionJob</name>
    <message>
        <location filename="../app/odoo/versionjob.cpp" line="40"/>
        <source>The server did not say which Odoo version it runs; is this an Odoo server?</source>
        <translation>Le serveur n&apos;a pas indiqué sa version d&apos;Odoo&#xa0;; s&apos;agit-il bien d&apos;un serveur Odoo&#xa0;?</translation>
    </message>
</context>
<context>
    <name>WebSessionJob</name>
    <message>
        <location filename="../app/odoo/websessionjob.cpp" line="40"/>
        <source>The server&apos;s session answer (%1) holds no user id: %2.</source>
        <translation>La réponse de session du serveur (%1) ne contient aucun identifiant d’utilisateur : %2.</translation>
    </message>
    <message>
        <location filename="../app/odoo/websessionjob.cpp" line="47"/>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../app/odoo/websessionjob.cpp" line="50"/>
        <source>Not logged in.</source>
        <translation>Non connecté.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="10"/>
        <source>Welcome to HQ Tower</source>
        <translation>Bienvenue dans HQ Tower</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="14"/>
        <source>&lt;h3&gt;Welcome to HQ Tower&lt;/h3&gt;&lt;p&gt;HQ Tower watches Odoo for pending approvals, store exceptions and integration failures, and writes your decisions back.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenue dans HQ Tower&lt;/h3&gt;&lt;p&gt;HQ Tower surveille dans Odoo les approbations en attente, les exceptions de magasin et les erreurs d&apos;intégration, et y reporte vos décisions.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="19"/>
        <source>Connect to an Odoo server</source>
        <translation>Se connecter à un serveur Odoo</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="20"/>
        <source>Odoo 17, 18 or 19: server address, database, login, and a password or an API key.</source>
        <translation>Odoo 17, 18 ou 19&#xa0;: adresse du serveur, base de données, identifiant, et un mot de passe ou une clé API.</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="23"/>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <location filename="../ui/welcomedialog.cpp" line="24"/>
        <source>A simulated Odoo with 60 stores in 5 regions runs on this computer; nothing leaves it.</source>
        <translation>Un Odoo simulé avec 60 magasins dans 5 régions s&apos;exécute sur cet ordinateur&#xa0;; rien n&apos;en sort.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../ui/workspace.cpp" line="29"/>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <location filename="../ui/workspace.cpp" line="30"/>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
</context>
<context>
    <name>hqtower-sim</name>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="23"/>
        <source>A simulated Odoo server (17, 18 or 19) with a retail demo dataset.
Users: admin/admin, manager1/manager1 (purchase manager), buyer1/buyer1 (purchase user),
viewer1/viewer1 (no purchase rights), and one regional manager per region (password = login).</source>
        <translation>Un serveur Odoo simulé (17, 18 ou 19) avec un jeu de données de démonstration pour le commerce de détail.
Utilisateurs&#xa0;: admin/admin, manager1/manager1 (responsable des achats), buyer1/buyer1 (utilisateur achats),
viewer1/viewer1 (sans droits d&apos;achat), et un responsable régional par région (mot de passe = identifiant).</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="32"/>
        <source>Odoo version to simulate: 17, 18 or 19.</source>
        <translation>Version d&apos;Odoo à simuler&#xa0;: 17, 18 ou 19.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="35"/>
        <source>TCP port (0 picks a free one).</source>
        <translation>Port TCP (0 en choisit un libre).</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="38"/>
        <source>Address to listen on.</source>
        <translation>Adresse d&apos;écoute.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="42"/>
        <source>Database name (default odoo&lt;version&gt;).</source>
        <translation>Nom de la base de données (par défaut odoo&lt;version&gt;).</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="45"/>
        <source>Seed of the demo dataset.</source>
        <translation>Graine du jeu de données de démonstration.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="48"/>
        <source>Multiplies the demo documents.</source>
        <translation>Multiplie les documents de démonstration.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="52"/>
        <source>No demo dataset, only the base users.</source>
        <translation>Pas de jeu de données de démonstration, uniquement les utilisateurs de base.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="55"/>
        <source>Optional modules, comma separated: approvals, base_tier_validation, queue_job.</source>
        <translation>Modules facultatifs, séparés par des virgules&#xa0;: approvals, base_tier_validation, queue_job.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="60"/>
        <source>Keep creating and resolving items in the background.</source>
        <translation>Créer et résoudre des éléments en continu en arrière-plan.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="63"/>
        <source>Seconds between live changes.</source>
        <translation>Secondes entre les changements en direct.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="67"/>
        <source>Seconds of inactivity before a web session expires.</source>
        <translation>Secondes d&apos;inactivité avant l&apos;expiration d&apos;une session web.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="71"/>
        <source>Share (0..1) of decisions another user makes first, from the browser.</source>
        <translation>Proportion (0..1) des décisions qu&apos;un autre utilisateur prend en premier, depuis le navigateur.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="76"/>
        <source>End every web session each N seconds.</source>
        <translation>Mettre fin à chaque session web toutes les N secondes.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="80"/>
        <source>Drop every bus websocket each N seconds.</source>
        <translation>Couper chaque websocket du bus toutes les N secondes.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="84"/>
        <source>Print each user&apos;s API key and exit.</source>
        <translation>Afficher la clé API de chaque utilisateur et quitter.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="95"/>
        <source>hqtower-sim: --flavor must be 17, 18 or 19.</source>
        <translation>hqtower-sim&#xa0;: --flavor doit valoir 17, 18 ou 19.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="103"/>
        <source>hqtower-sim: --scale must be a positive number.</source>
        <translation>hqtower-sim&#xa0;: --scale doit être un nombre positif.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="113"/>
        <source>hqtower-sim: --port must be a number.</source>
        <translation>hqtower-sim&#xa0;: --port doit être un nombre.</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="138"/>
        <source>hqtower-sim: cannot listen on %1:%2: %3</source>
        <translation>hqtower-sim&#xa0;: impossible d&apos;écouter sur %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="162"/>
        <source>Odoo %1 simulator, database %2, on %3</source>
        <translation>Simulateur Odoo %1, base de données %2, sur %3</translation>
    </message>
    <message>
        <location filename="../app/sim/tool/main.cpp" line="166"/>
        <source>%1 records (%2 stores, %3 pending approvals, %4 open exceptions, %5 integration failures) built in %6 ms</source>
        <translation>%1 enregistrements (%2 magasins, %3 approbations en attente, %4 exceptions ouvertes, %5 erreurs d&apos;intégration) créés en %6 ms</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="39"/>
        <source>HQ Tower: pending approvals, store exceptions and integration failures from Odoo.</source>
        <translation>HQ Tower&#xa0;: approbations en attente, exceptions de magasin et erreurs d&apos;intégration d&apos;Odoo.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>Start the demo on the built-in Odoo simulator.</source>
        <translation>Lancer la démo sur le simulateur Odoo intégré.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="47"/>
        <source>Odoo version the demo simulates: 17, 18 or 19 (default 18).</source>
        <translation>Version d&apos;Odoo simulée par la démo&#xa0;: 17, 18 ou 19 (18 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>Start the demo when no Odoo server is configured yet.</source>
        <translation>Lancer la démo si aucun serveur Odoo n&apos;est encore configuré.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="56"/>
        <source>Wait for the first sync (at most N seconds), print what the queue, map and charts show as JSON, and exit (0 when all show data).</source>
        <translation>Attendre la première synchronisation (N secondes au plus), afficher en JSON ce que montrent la file, la carte et les graphiques, puis quitter (0 si tous affichent des données).</translation>
    </message>
</context>
</TS>
