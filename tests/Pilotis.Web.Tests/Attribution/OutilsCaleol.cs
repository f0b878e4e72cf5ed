using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data.Demande;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>
/// Les lignes d'une séance de CALEOL écrites directement en base (la déclaration des logements libérés et la
/// désignation des candidats ont leurs propres pages) : chaque test a son bailleur, sa commission, ses logements.
/// </summary>
public static class OutilsCaleol
{
    /// <summary>Un bailleur de test et son client connecté.</summary>
    public static async Task<(int Id, HttpClient Client)> BailleurAsync(PilotisFactory app)
    {
        var compte = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        return (compte.OrganisationId, await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse));
    }

    /// <summary>
    /// Une commission de cinq membres (quatre votants : administrateur, locataires, maire de Nîmes, préfet ; un
    /// réservataire consultatif), quorum 3, voix prépondérante au maire, et une séance ouverte.
    /// </summary>
    public static Task<(int Commission, int Seance, int[] Membres)> CommissionEtSeanceAsync(
        PilotisFactory app,
        int bailleurId
    ) =>
        app.ExecuterAsync(async db =>
        {
            var c = new CommissionCaleol
            {
                BailleurId = bailleurId,
                Nom = "CALEOL test " + Guid.NewGuid().ToString("N")[..8],
                TerritoireCode = "30",
                Quorum = 3,
                Membres =
                [
                    new() { Nom = "Administratrice A", Qualite = QualiteMembreCaleol.AdministrateurBailleur },
                    new() { Nom = "Locataire B", Qualite = QualiteMembreCaleol.RepresentantLocataires },
                    new()
                    {
                        Nom = "Adjoint C",
                        Qualite = QualiteMembreCaleol.Maire,
                        CommuneCode = "30189",
                    },
                    new() { Nom = "Représentant D", Qualite = QualiteMembreCaleol.Prefet },
                    new() { Nom = "Réservataire E", Qualite = QualiteMembreCaleol.ReservataireConsultatif },
                ],
            };
            db.CommissionsCaleol.Add(c);
            await db.SaveChangesAsync();
            var s = new SeanceCaleol
            {
                CommissionId = c.Id,
                Date = DateTimeOffset.UtcNow.AddDays(-1),
                Lieu = "Siège du bailleur, Nîmes",
            };
            db.SeancesCaleol.Add(s);
            await db.SaveChangesAsync();
            return (c.Id, s.Id, c.Membres.Select(m => m.Id).ToArray());
        });

    /// <summary>Une demande active du registre (ressources du ménage d'une personne).</summary>
    public static Task<(long Id, string Numero)> DemandeAsync(PilotisFactory app, int guichet, decimal rfr = 12_000m) =>
        app.AvecServicesAsync(async s =>
        {
            var d = new DemandeLogement
            {
                NumeroUnique = "030CAL" + Guid.NewGuid().ToString("N")[..10],
                DepartementCode = "30",
                DateDepot = new DateOnly(2026, 1, 10),
                Membres = [new(LienMembre.Demandeur, 40, false, false)],
                RevenuFiscalReference = rfr,
                Communes = [new CommuneSouhaitee { Rang = 1, CommuneCode = "30189" }],
                TypologiePrincipale = Typologies.T2,
                TypologiesSouhaitees = Typologies.T2,
            };
            var r = await s.GetRequiredService<EcritureDemandes>().CreerAsync(d, guichet, "30");
            Assert.True(r.Reussie, string.Join(" ", r.Erreurs.Select(e => e.Message)));
            return (r.Demande!.Id, r.Demande.NumeroUnique);
        });

    /// <summary>
    /// Un logement PLUS vacant de Nîmes, à attribuer, avec ses candidats désignés (ressources données une à une),
    /// inscrit à la séance quand elle est donnée. Rend l'id du logement à attribuer et les demandes.
    /// </summary>
    public static async Task<(int Id, List<(long Id, string Numero)> Demandes)> LogementAsync(
        PilotisFactory app,
        int bailleurId,
        int? seanceId,
        decimal[] ressources,
        ExceptionTroisCandidats exception = ExceptionTroisCandidats.Aucune,
        string commune = "30189"
    )
    {
        var demandes = new List<(long, string)>();
        foreach (var rfr in ressources)
            demandes.Add(await DemandeAsync(app, bailleurId, rfr));
        var id = await app.ExecuterAsync(async db =>
        {
            var logement = new Logement
            {
                IdentifiantRpls = "T" + Guid.NewGuid().ToString("N")[..12],
                BailleurId = bailleurId,
                CommuneCode = commune,
                Adresse = "1 rue des Essais",
                Typologie = TypologieLogement.T2,
                Surface = 48m,
                Financement = FinancementOrigine.Plus,
                AnneeConstruction = 1998,
                LoyerMensuel = 380m,
                Occupation = EtatOccupation.Vacant,
            };
            db.Logements.Add(logement);
            await db.SaveChangesAsync();
            var la = new LogementAAttribuer
            {
                LogementId = logement.Id,
                DateConge = new DateOnly(2026, 10, 1),
                DateDisponibilite = new DateOnly(2026, 11, 1),
                Etape = seanceId is null ? EtapeAttribution.CandidatsDesignes : EtapeAttribution.InscritEnCommission,
                Contingent = Contingent.Prefet,
                ExceptionCandidats = exception,
                DeclareLe = DateTimeOffset.UtcNow.AddDays(-30),
            };
            db.LogementsAAttribuer.Add(la);
            await db.SaveChangesAsync();
            var ordre = 1;
            foreach (var (demandeId, _) in demandes)
            {
                db.Designations.Add(
                    new Designation
                    {
                        LogementAAttribuerId = la.Id,
                        DemandeId = demandeId,
                        Ordre = ordre++,
                        DesigneParId = bailleurId,
                        DesigneLe = DateTimeOffset.UtcNow.AddDays(-10),
                        Dalo = ordre == 2,
                    }
                );
            }
            if (seanceId is int s)
                db.InscriptionsSeance.Add(new InscriptionSeance { SeanceId = s, LogementAAttribuerId = la.Id });
            await db.SaveChangesAsync();
            return la.Id;
        });
        return (id, demandes);
    }

    /// <summary>Les champs du formulaire de décisions d'un logement.</summary>
    public static Dictionary<string, string> Decisions(
        int logement,
        params (long Demande, NatureDecision Nature, int? Rang, string? Motif)[] decisions
    )
    {
        var champs = new Dictionary<string, string> { ["logement"] = logement.ToString(Francais.Culture) };
        for (var i = 0; i < decisions.Length; i++)
        {
            champs[$"decisions[{i}].DemandeId"] = decisions[i].Demande.ToString(Francais.Culture);
            champs[$"decisions[{i}].Nature"] = decisions[i].Nature.ToString();
            if (decisions[i].Rang is int r)
                champs[$"decisions[{i}].Rang"] = r.ToString(Francais.Culture);
            if (decisions[i].Motif is string m)
                champs[$"decisions[{i}].Motif"] = m;
        }
        return champs;
    }
}
