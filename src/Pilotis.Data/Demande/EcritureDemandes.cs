using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Sru;

namespace Pilotis.Data.Demande;

/// <summary>
/// Écritures d'une demande par un guichet enregistreur (CCH L441-2-1) : création, modification, renouvellement,
/// radiation. Chaque écriture contrôle la demande (<see
/// cref="ValidationDemande"/>), vérifie l'unicité du numéro unique,
/// recalcule les colonnes dérivées avec le barème en vigueur (<see cref="ReferentielDemandes.Actualiser"/>) et protège
/// les modifications concurrentes par le jeton. Le référentiel est chargé une fois par instance (une requête).
/// </summary>
public sealed class EcritureDemandes(PilotisDbContext db, TimeProvider horloge)
{
    public const string MessageConcurrence =
        "Cette demande a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte : rechargez la page pour "
        + "voir sa version actuelle.";

    private ReferentielDemandes? referentiel;

    public DateOnly Aujourdhui => DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);

    public async Task<ReferentielDemandes> ReferentielAsync(CancellationToken ct = default) =>
        referentiel ??= await ReferentielDemandes.ChargerAsync(db, ct);

    /// <summary>Enregistre une nouvelle demande pour le guichet donné (son organisation, son département).</summary>
    public async Task<ResultatEcritureDemande> CreerAsync(
        DemandeLogement saisie,
        int guichetId,
        string departementCode,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(saisie);
        var aujourdhui = Aujourdhui;
        saisie.GuichetId = guichetId;
        saisie.DepartementCode = departementCode;
        saisie.Statut = StatutDemande.Active;
        saisie.MotifRadiation = null;
        saisie.DateRadiation = null;
        saisie.DateRenouvellement = null;
        var erreurs = await ControlerAsync(saisie, null, aujourdhui, ct);
        if (erreurs.Count > 0)
            return new(null, erreurs);
        (await ReferentielAsync(ct)).Actualiser(saisie, aujourdhui);
        // Cotée tout de suite (ADR 0020) : la demande n'attend pas la prochaine publication d'une grille. L'index de
        // classement suit à l'écriture (PilotisDbContext.SaveChangesAsync).
        await CotationEnMasse.CoterDemandeAsync(db, saisie, aujourdhui, ct);
        var maintenant = horloge.GetUtcNow();
        saisie.CreeeLe = maintenant;
        saisie.ModifieeLe = maintenant;
        db.Demandes.Add(saisie);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (db.Entry(saisie).State == EntityState.Added)
        {
            // Course entre deux guichets sur le même numéro : l'index
            // unique tranche, le second reçoit l'erreur sur le champ.
            db.Entry(saisie).State = EntityState.Detached;
            if (!await NumeroPrisAsync(saisie.NumeroUnique, null, ct))
                throw;
            return new(null, [ErreurNumero(saisie.NumeroUnique)]);
        }
        return new(saisie, []);
    }

    /// <summary>
    /// Reporte la saisie (contenu de la demande, pas son statut ni ses dates de cycle de vie) sur la demande
    /// <paramref name="id"/>, si son jeton est toujours <paramref name="jeton"/>.
    /// </summary>
    public async Task<ResultatEcritureDemande> ModifierAsync(
        long id,
        Guid jeton,
        DemandeLogement saisie,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(saisie);
        var demande = await db.Demandes.Include(d => d.Communes).FirstOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new InvalidOperationException("Demande introuvable.");
        if (demande.Jeton != jeton)
            return new(demande, [], MessageConcurrence);
        if (demande.EstPurgee)
            return new(
                demande,
                [new(ChampsDemande.Statut, "Les données de cette demande ont été effacées : elle ne se modifie plus.")]
            );
        var aujourdhui = Aujourdhui;
        demande.NumeroUnique = saisie.NumeroUnique;
        demande.Membres = saisie.Membres;
        demande.JeuneCouple = saisie.JeuneCouple;
        demande.RevenuFiscalReference = saisie.RevenuFiscalReference;
        demande.OrigineRessources = saisie.OrigineRessources;
        demande.RevenuFiscalReferenceN1 = saisie.RevenuFiscalReferenceN1;
        demande.RessourcesDouzeMois = saisie.RessourcesDouzeMois;
        demande.EvenementRessources = saisie.EvenementRessources;
        demande.RessourcesMensuelles = saisie.RessourcesMensuelles;
        demande.SituationLogement = saisie.SituationLogement;
        demande.Motifs = saisie.Motifs;
        demande.CommuneResidenceCode = saisie.CommuneResidenceCode;
        demande.CommuneTravailCode = saisie.CommuneTravailCode;
        demande.TypologiePrincipale = saisie.TypologiePrincipale;
        demande.TypologiesSouhaitees = saisie.TypologiesSouhaitees;
        demande.Mutation = saisie.Mutation;
        demande.Dalo = saisie.Dalo;
        demande.CriteresPrioritaires = saisie.CriteresPrioritaires;
        demande.DateDepot = saisie.DateDepot;
        // Communes mises à jour rang par rang (la clé est demande +
        // rang) : pas de suppression puis réinsertion d'une même clé.
        var voulues = saisie.Communes.OrderBy(c => c.Rang).Select(c => c.CommuneCode).ToList();
        for (var rang = 1; rang <= Math.Max(voulues.Count, demande.Communes.Count); rang++)
        {
            var existante = demande.Communes.FirstOrDefault(c => c.Rang == rang);
            if (rang <= voulues.Count)
            {
                if (existante is null)
                    demande.Communes.Add(
                        new CommuneSouhaitee
                        {
                            DemandeId = demande.Id,
                            Rang = rang,
                            CommuneCode = voulues[rang - 1],
                        }
                    );
                else if (existante.CommuneCode != voulues[rang - 1])
                    existante.CommuneCode = voulues[rang - 1];
            }
            else if (existante is not null)
            {
                demande.Communes.Remove(existante);
            }
        }
        var erreurs = await ControlerAsync(demande, demande.Id, aujourdhui, ct);
        if (erreurs.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new(null, erreurs);
        }
        return await EnregistrerAsync(demande, jeton, aujourdhui, ct);
    }

    /// <summary>Renouvelle (ou réactive) la demande aujourd'hui ; le refus du domaine est rendu tel quel.</summary>
    public async Task<ResultatEcritureDemande> RenouvelerAsync(long id, Guid jeton, CancellationToken ct = default)
    {
        var demande = await db.Demandes.Include(d => d.Communes).FirstAsync(d => d.Id == id, ct);
        if (demande.Jeton != jeton)
            return new(demande, [], MessageConcurrence);
        var aujourdhui = Aujourdhui;
        var refus = EcheancesDemande.RefusRenouvellement(demande, aujourdhui);
        if (refus is not null)
            return new(demande, [new(ChampsDemande.DateRenouvellement, refus)]);
        EcheancesDemande.Renouveler(demande, aujourdhui);
        return await EnregistrerAsync(demande, jeton, aujourdhui, ct);
    }

    /// <summary>Radie la demande (une attribution la rend satisfaite, avec la commune du logement).</summary>
    public async Task<ResultatEcritureDemande> RadierAsync(
        long id,
        Guid jeton,
        MotifRadiation motif,
        DateOnly date,
        string? communeAttribution,
        CancellationToken ct = default
    )
    {
        var demande = await db.Demandes.Include(d => d.Communes).FirstAsync(d => d.Id == id, ct);
        if (demande.Jeton != jeton)
            return new(demande, [], MessageConcurrence);
        var aujourdhui = Aujourdhui;
        communeAttribution = string.IsNullOrWhiteSpace(communeAttribution)
            ? null
            : communeAttribution.Trim().ToUpperInvariant();
        var refus = EcheancesDemande.RefusRadiation(demande, motif, date, aujourdhui, communeAttribution);
        if (refus is not null)
            return new(
                demande,
                [
                    new(
                        motif == MotifRadiation.Attribution && communeAttribution is null
                            ? ChampsDemande.CommuneAttribution
                            : ChampsDemande.DateRadiation,
                        refus
                    ),
                ]
            );
        if (
            communeAttribution is not null
            && motif == MotifRadiation.Attribution
            && !(await ReferentielAsync(ct)).Communes.ContainsKey(communeAttribution)
        )
        {
            return new(
                demande,
                [
                    new(
                        ChampsDemande.CommuneAttribution,
                        $"Commune d'attribution inconnue : « {Francais.Extrait(communeAttribution)} » "
                            + "(code INSEE attendu)."
                    ),
                ]
            );
        }
        EcheancesDemande.Radier(demande, motif, date, aujourdhui, communeAttribution);
        return await EnregistrerAsync(demande, jeton, aujourdhui, ct);
    }

    private async Task<ResultatEcritureDemande> EnregistrerAsync(
        DemandeLogement demande,
        Guid jeton,
        DateOnly aujourdhui,
        CancellationToken ct
    )
    {
        (await ReferentielAsync(ct)).Actualiser(demande, aujourdhui);
        await CotationEnMasse.CoterDemandeAsync(db, demande, aujourdhui, ct);
        demande.ModifieeLe = horloge.GetUtcNow();
        db.Entry(demande).Property(d => d.Jeton).OriginalValue = jeton;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(null, [], MessageConcurrence);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await NumeroPrisAsync(demande.NumeroUnique, demande.Id, ct))
                throw;
            return new(null, [ErreurNumero(demande.NumeroUnique)]);
        }
        return new(demande, []);
    }

    /// <summary>
    /// Les refus du domaine et de l'unicité du numéro pour une saisie, sans rien écrire : le formulaire les montre
    /// avec ses propres erreurs de lecture, toutes au premier envoi.
    /// </summary>
    public Task<List<ErreurChamp>> ControlerSaisieAsync(
        DemandeLogement saisie,
        long? id,
        CancellationToken ct = default
    ) => ControlerAsync(saisie, id, Aujourdhui, ct);

    private async Task<List<ErreurChamp>> ControlerAsync(
        DemandeLogement d,
        long? id,
        DateOnly aujourdhui,
        CancellationToken ct
    )
    {
        var communes = (await ReferentielAsync(ct)).Communes;
        var erreurs = ValidationDemande.Valider(d, aujourdhui, communes.ContainsKey).ToList();
        if (!erreurs.Any(e => e.Champ == ChampsDemande.NumeroUnique) && await NumeroPrisAsync(d.NumeroUnique, id, ct))
        {
            erreurs.Add(ErreurNumero(d.NumeroUnique));
        }
        return erreurs;
    }

    private static ErreurChamp ErreurNumero(string numero) =>
        new(
            ChampsDemande.NumeroUnique,
            $"Le numéro unique « {Francais.Extrait(numero)} » est déjà enregistré pour une autre demande."
        );

    private Task<bool> NumeroPrisAsync(string numero, long? id, CancellationToken ct) =>
        db.Demandes.AsNoTracking().AnyAsync(d => d.NumeroUnique == numero && d.Id != (id ?? 0), ct);
}
