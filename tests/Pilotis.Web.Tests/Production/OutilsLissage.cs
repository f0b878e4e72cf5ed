using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Production;

/// <summary>Helpers of the smoothing and project-review tests: operations inserted directly in the database.</summary>
public static class OutilsLissage
{
    public const string Nimes = "30189";
    public const string NimesMetropole = "243000643";

    /// <summary>Alès (CA Alès Agglomération), outside Nîmes Métropole.</summary>
    public const string Ales = "30007";
    public const string AlesAgglo = "200066918";

    /// <summary>Inserts one operation with its lots (unique number) and returns its id.</summary>
    public static Task<int> CreerOperationAsync(
        this PilotisFactory app,
        int bailleurId,
        StatutOperation statut,
        IEnumerable<LotTest> lots,
        string commune = Nimes,
        string? epci = NimesMetropole,
        string departement = "30",
        Action<Operation>? completer = null
    ) =>
        app.ExecuterAsync(async db =>
        {
            var o = new Operation
            {
                Numero = "T-" + Guid.NewGuid().ToString("N")[..16],
                Nom = "Opération de test " + Guid.NewGuid().ToString("N")[..6],
                BailleurId = bailleurId,
                CommuneCode = commune,
                EpciSiren = epci,
                DepartementCode = departement,
                RegionCode = departement == "30" ? "76" : "84",
                Nature = NatureOperation.Neuf,
                Statut = statut,
                Lots = lots.Select(l => new Lot
                    {
                        Produit = l.Produit,
                        NombreLogements = l.Logements,
                        DateAgrement = l.Agrement,
                    })
                    .ToList(),
            };
            o.DateAgrement = o.Lots.Select(l => l.DateAgrement).Where(d => d is not null).Min();
            completer?.Invoke(o);
            db.Operations.Add(o);
            await db.SaveChangesAsync();
            return o.Id;
        });

    /// <summary>A new bailleur organisation (with one account) of the Gard.</summary>
    public static Task<(string Courriel, string MotDePasse, int OrganisationId)> CreerBailleurAsync(
        this PilotisFactory app,
        Role role = Role.Administrateur
    ) => app.CreerCompteAsync(TypeOrganisation.Bailleur, NiveauPerimetre.Departement, "30", role);

    public static DateOnly J(int annee, int mois, int jour) => new(annee, mois, jour);
}
