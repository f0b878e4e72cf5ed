using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Pilotis.Data.Annuaire;
using Pilotis.Data.Base;
using Pilotis.Data.Demande;
using Pilotis.Data.Journal;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;
using Pilotis.Domain.Financement;
using Pilotis.Domain.Financement.Equilibre;
using Pilotis.Domain.Foncier;
using Pilotis.Domain.Information;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;
using Pilotis.Domain.Sru;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data;

public class PilotisDbContext(
    DbContextOptions<PilotisDbContext> options,
    IAuteurCourant? auteur = null,
    TimeProvider? horloge = null
) : IdentityDbContext<Utilisateur>(options), IDataProtectionKeyContext
{
    private static readonly HashSet<string> ProprietesMasquees =
    [
        "PasswordHash",
        "SecurityStamp",
        "ConcurrencyStamp",
        "Jeton",
    ];

    /// <summary>
    /// Entités portant des données personnelles de demandeurs (RGPD) : le journal n'en garde que la clé et le nom des
    /// champs modifiés, jamais les valeurs, sinon la purge des demandes radiées laisserait leurs données dans le
    /// journal.
    /// </summary>
    private static readonly HashSet<Type> EntitesPersonnelles =
    [
        typeof(DemandeLogement),
        typeof(CommuneSouhaitee),
        typeof(BailSigne),
    ];

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Departement> Departements => Set<Departement>();
    public DbSet<Epci> Epcis => Set<Epci>();
    public DbSet<Commune> Communes => Set<Commune>();
    public DbSet<AttributCommune> AttributsCommunes => Set<AttributCommune>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<EntreeJournal> Journal => Set<EntreeJournal>();
    public DbSet<Reglage> Reglages => Set<Reglage>();

    /// <summary>
    /// Clés de protection des cookies en base : plusieurs nœuds web partagent les sessions (DESIGN, passage à
    /// l'échelle).
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<InventaireSru> InventairesSru => Set<InventaireSru>();
    public DbSet<DepenseDeductibleSru> DepensesDeductiblesSru => Set<DepenseDeductibleSru>();
    public DbSet<ProcedureCarenceSru> ProceduresCarenceSru => Set<ProcedureCarenceSru>();
    public DbSet<ScenarioSruEnregistre> ScenariosSru => Set<ScenarioSruEnregistre>();
    public DbSet<Operation> Operations => Set<Operation>();
    public DbSet<Lot> LotsOperation => Set<Lot>();
    public DbSet<LigneFinancement> FinancementsOperation => Set<LigneFinancement>();
    public DbSet<EvenementOperation> EvenementsOperation => Set<EvenementOperation>();
    public DbSet<InstantaneOperation> InstantanesOperation => Set<InstantaneOperation>();
    public DbSet<ExigenceDepot> ExigencesDepot => Set<ExigenceDepot>();
    public DbSet<DocumentOperation> DocumentsOperation => Set<DocumentOperation>();
    public DbSet<DemandeComplement> DemandesComplement => Set<DemandeComplement>();
    public DbSet<EcheanceDepot> EcheancesDepot => Set<EcheanceDepot>();
    public DbSet<ObjectifProgrammation> ObjectifsProgrammation => Set<ObjectifProgrammation>();
    public DbSet<EnveloppeProgrammation> EnveloppesProgrammation => Set<EnveloppeProgrammation>();
    public DbSet<RevueProjets> RevuesProjets => Set<RevueProjets>();
    public DbSet<Difficulte> Difficultes => Set<Difficulte>();
    public DbSet<SuiviDifficulte> SuivisDifficulte => Set<SuiviDifficulte>();
    public DbSet<DemandeLogement> Demandes => Set<DemandeLogement>();
    public DbSet<CommuneSouhaitee> CommunesSouhaitees => Set<CommuneSouhaitee>();

    /// <summary>Index de classement des candidats d'un logement (ADR 0020), dérivé des demandes actives.</summary>
    public DbSet<ClassementDemande> ClassementsDemandes => Set<ClassementDemande>();
    public DbSet<PlafondRessourcesParametre> PlafondsRessources => Set<PlafondRessourcesParametre>();
    public DbSet<SeuilQuartileOfficiel> SeuilsQuartileOfficiels => Set<SeuilQuartileOfficiel>();
    public DbSet<GrilleCotation> GrillesCotation => Set<GrilleCotation>();
    public DbSet<PurgeDemandes> PurgesDemandes => Set<PurgeDemandes>();
    public DbSet<BailSigne> BauxSignes => Set<BailSigne>();
    public DbSet<Logement> Logements => Set<Logement>();
    public DbSet<LogementAAttribuer> LogementsAAttribuer => Set<LogementAAttribuer>();
    public DbSet<Designation> Designations => Set<Designation>();
    public DbSet<ConventionFlux> ConventionsFlux => Set<ConventionFlux>();
    public DbSet<CommissionCaleol> CommissionsCaleol => Set<CommissionCaleol>();
    public DbSet<MembreCaleol> MembresCaleol => Set<MembreCaleol>();
    public DbSet<SeanceCaleol> SeancesCaleol => Set<SeanceCaleol>();
    public DbSet<PresenceCaleol> PresencesCaleol => Set<PresenceCaleol>();
    public DbSet<InscriptionSeance> InscriptionsSeance => Set<InscriptionSeance>();
    public DbSet<DecisionCaleol> DecisionsCaleol => Set<DecisionCaleol>();
    public DbSet<GroupeInterReservataires> GroupesInterReservataires => Set<GroupeInterReservataires>();
    public DbSet<MembreGir> MembresGir => Set<MembreGir>();
    public DbSet<ObjectifCia> ObjectifsCia => Set<ObjectifCia>();
    public DbSet<EtapeReformeEpci> EtapesReformeEpci => Set<EtapeReformeEpci>();
    public DbSet<PointAccueil> PointsAccueil => Set<PointAccueil>();
    public DbSet<ReunionCil> ReunionsCil => Set<ReunionCil>();
    public DbSet<BesoinCil> BesoinsCil => Set<BesoinCil>();
    public DbSet<Aide> Aides => Set<Aide>();
    public DbSet<SynonymeAide> SynonymesAides => Set<SynonymeAide>();
    public DbSet<RechercheAide> RecherchesAides => Set<RechercheAide>();
    public DbSet<AvisAide> AvisAides => Set<AvisAide>();
    public DbSet<LienAideFinancement> LiensAidesFinancements => Set<LienAideFinancement>();
    public DbSet<ParametreFinancier> ParametresFinanciers => Set<ParametreFinancier>();
    public DbSet<SiteFoncier> SitesFonciers => Set<SiteFoncier>();
    public DbSet<ParametreCapacite> ParametresCapacite => Set<ParametreCapacite>();
    public DbSet<OutilFoncier> OutilsFonciers => Set<OutilFoncier>();
    public DbSet<SessionFormation> SessionsFormation => Set<SessionFormation>();
    public DbSet<InscriptionFormation> InscriptionsFormation => Set<InscriptionFormation>();
    public DbSet<ActionConcertation> ActionsConcertation => Set<ActionConcertation>();
    public DbSet<Referent> Referents => Set<Referent>();
    public DbSet<PageCommune> PagesCommunes => Set<PageCommune>();
    public DbSet<VisitesPageCommune> VisitesPagesCommunes => Set<VisitesPageCommune>();
    public DbSet<Pilotis.Domain.Information.ObjectifFeuilleDeRoute> ObjectifsFeuilleDeRoute =>
        Set<Pilotis.Domain.Information.ObjectifFeuilleDeRoute>();
    public DbSet<Pilotis.Domain.Information.SuiviPropositionNationale> SuivisPropositionsNationales =>
        Set<Pilotis.Domain.Information.SuiviPropositionNationale>();

    /// <summary>
    /// Les imports massifs (référentiel, fichiers) journalisent une seule entrée de synthèse plutôt qu'une par ligne.
    /// </summary>
    public bool JournalDetailleSuspendu { get; set; }

    public TimeProvider Horloge => horloge ?? TimeProvider.System;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite ne sait ni trier ni comparer des DateTimeOffset stockés en texte : on les range en entiers.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PilotisDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Entités de référence gardées en mémoire (<see cref="CacheReferentiel"/>) : une écriture de l'une d'elles change
    /// la version des données de référence de la base.
    /// </summary>
    private static readonly HashSet<Type> EntitesReference =
    [
        typeof(Region),
        typeof(Departement),
        typeof(Epci),
        typeof(Commune),
        typeof(AttributCommune),
        typeof(PlafondRessourcesParametre),
        typeof(InventaireSru),
        typeof(Aide),
        typeof(SynonymeAide),
    ];

    public override async Task<int> SaveChangesAsync(
        bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default
    )
    {
        var ecrites = ChangeTracker
            .Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Metadata.ClrType)
            .ToHashSet();
        try
        {
            return await EnregistrerEtJournaliserAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            if (ecrites.Overlaps(EntitesReference))
                CacheReferentiel.Invalider(this);
            if (ecrites.Overlaps(EntitesReference) || ecrites.Any(t => t.Namespace == typeof(InventaireSru).Namespace))
                CacheAgregats.Sru.Invalider(this);
            // Toute entité du domaine de la demande (demande, membres, communes souhaitées, cotation…) ou de la
            // production (opération, lot, financement) : les agrégats gardés de son domaine sont relus.
            if (ecrites.Any(t => t.Namespace == typeof(DemandeLogement).Namespace))
                CacheAgregats.Demandes.Invalider(this);
            if (ecrites.Any(t => t.Namespace == typeof(Operation).Namespace))
                CacheAgregats.Operations.Invalider(this);
            if (ecrites.Contains(typeof(Referent)) || ecrites.Contains(typeof(PageCommune)))
                CacheAgregats.Information.Invalider(this);
        }
    }

    private async Task<int> EnregistrerEtJournaliserAsync(
        bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken
    )
    {
        RenouvelerJetons();
        InvaliderSeuils();
        var aClasser = DemandesAClasser();
        if (JournalDetaillesSansObjet() && aClasser.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // Les clés générées par la base ne sont connues qu'après l'écriture : on écrit, puis on journalise,
        // dans une même transaction pour que rien ne soit à moitié écrit.
        var captures = ChangeTracker
            .Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && EstJournalise(e))
            .Select(e =>
            {
                // Après l'écriture l'entrée n'est plus « modifiée » : on retient maintenant quelles propriétés
                // l'étaient.
                var modifiees =
                    e.State == EntityState.Modified
                        ? e
                            .Properties.Where(p => p.IsModified)
                            .Select(p => p.Metadata.Name)
                            .ToHashSet(StringComparer.Ordinal)
                        : null;
                return (
                    Entree: e,
                    Etat: e.State,
                    Modifiees: modifiees,
                    Avant: e.State == EntityState.Added ? null : Serialiser(e, avant: true, modifiees)
                );
            })
            .ToList();
        var transactionPropre = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var ecrits = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (aClasser.Count > 0)
                await IndexClassement.ActualiserAsync(this, aClasser.Select(f => f()).ToList(), cancellationToken);
            var quand = Horloge.GetUtcNow();
            foreach (var (entree, etat, modifiees, avant) in captures)
            {
                Journal.Add(
                    new EntreeJournal
                    {
                        Quand = quand,
                        UtilisateurId = auteur?.UtilisateurId,
                        Auteur = auteur?.Nom ?? "système",
                        OrganisationId = auteur?.OrganisationId,
                        Action = etat switch
                        {
                            EntityState.Added => "Création",
                            EntityState.Deleted => "Suppression",
                            _ => "Modification",
                        },
                        Entite = entree.Metadata.ClrType.Name,
                        EntiteId = Cle(entree),
                        Avant = avant,
                        Apres = etat == EntityState.Deleted ? null : Serialiser(entree, avant: false, modifiees),
                    }
                );
            }
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (transactionPropre is not null)
                await transactionPropre.CommitAsync(cancellationToken);
            return ecrits;
        }
        finally
        {
            if (transactionPropre is not null)
                await transactionPropre.DisposeAsync();
        }
    }

    /// <summary>Ajoute une entrée de synthèse (import, purge…) ; elle part avec le prochain SaveChanges.</summary>
    public void Journaliser(string action, string entite, string? entiteId, object? details)
    {
        Journal.Add(
            new EntreeJournal
            {
                Quand = Horloge.GetUtcNow(),
                UtilisateurId = auteur?.UtilisateurId,
                Auteur = auteur?.Nom ?? "système",
                OrganisationId = auteur?.OrganisationId,
                Action = action,
                Entite = entite,
                EntiteId = entiteId,
                Apres = details is null ? null : JsonSerializer.Serialize(details),
            }
        );
    }

    private bool JournalDetaillesSansObjet() =>
        JournalDetailleSuspendu
        || !ChangeTracker
            .Entries()
            .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && EstJournalise(e));

    /// <summary>
    /// Les demandes dont l'index de classement doit suivre l'écriture (ADR 0020) : demandes et communes souhaitées
    /// ajoutées, modifiées ou retirées. L'identifiant d'une demande ajoutée n'est connu qu'après l'écriture : on
    /// garde de quoi le lire.
    /// </summary>
    private List<Func<long>> DemandesAClasser() =>
        ChangeTracker
            .Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e =>
                e.Entity switch
                {
                    DemandeLogement d => () => d.Id,
                    CommuneSouhaitee c => () => c.DemandeId,
                    _ => (Func<long>?)null,
                }
            )
            .OfType<Func<long>>()
            .ToList();

    /// <summary>Le seuil du premier quartile change quand une demande ou un seuil officiel s'écrit : le cache des
    /// seuils est vidé (ADR 0020).</summary>
    private void InvaliderSeuils()
    {
        if (
            ChangeTracker
                .Entries()
                .Any(e =>
                    e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                    && e.Entity is DemandeLogement or SeuilQuartileOfficiel
                )
        )
            CacheSeuilsQuartile.Invalider();
    }

    private static bool EstJournalise(EntityEntry e) =>
        e.Entity
            is not EntreeJournal
                and not IdentityUserToken<string>
                and not IdentityUserLogin<string>
                and not DataProtectionKey;

    private void RenouvelerJetons()
    {
        foreach (var e in ChangeTracker.Entries().Where(e => e.State == EntityState.Modified))
        {
            var jeton = e.Metadata.FindProperty("Jeton");
            if (jeton is not null && jeton.ClrType == typeof(Guid))
                e.Property("Jeton").CurrentValue = Guid.NewGuid();
            // Une ligne écrite hors de l'import n'a plus l'empreinte de ce que l'import a écrit : le prochain import
            // la réécrit (ADR 0018).
            if (e.Metadata.FindProperty("Empreinte") is { ClrType: var t } && t == typeof(long?))
                e.Property("Empreinte").CurrentValue = null;
        }
    }

    private static string? Cle(EntityEntry e)
    {
        var cle = e.Metadata.FindPrimaryKey();
        return cle is null
            ? null
            : string.Join("|", cle.Properties.Select(p => e.Property(p.Name).CurrentValue?.ToString()));
    }

    /// <summary>
    /// Pour une modification (<paramref name="modifiees"/> renseigné), seules la clé et les propriétés modifiées, avant
    /// comme après.
    /// </summary>
    private static string Serialiser(EntityEntry e, bool avant, HashSet<string>? modifiees)
    {
        var valeurs = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        if (EntitesPersonnelles.Contains(e.Metadata.ClrType))
        {
            foreach (var p in e.Properties.Where(p => p.Metadata.IsPrimaryKey()))
                valeurs[p.Metadata.Name] = p.CurrentValue;
            if (modifiees is not null)
                valeurs["ChampsModifies"] = modifiees
                    .Where(m => !ProprietesMasquees.Contains(m))
                    .Order(StringComparer.Ordinal)
                    .ToArray();
            return JsonSerializer.Serialize(valeurs);
        }
        foreach (var p in e.Properties)
        {
            if (ProprietesMasquees.Contains(p.Metadata.Name))
                continue;
            if (modifiees is not null && !modifiees.Contains(p.Metadata.Name) && !p.Metadata.IsPrimaryKey())
                continue;
            valeurs[p.Metadata.Name] = avant ? p.OriginalValue : p.CurrentValue;
        }
        return JsonSerializer.Serialize(valeurs);
    }
}
