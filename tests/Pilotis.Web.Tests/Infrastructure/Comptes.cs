using Pilotis.Domain.Annuaire;

namespace Pilotis.Web.Tests.Infrastructure;

/// <summary>
/// Un compte neuf et son client connecté, en une étape : l'ouverture de la plupart des tests de pages.
/// </summary>
public static class Comptes
{
    /// <summary>Crée une organisation de test et un utilisateur du rôle donné, puis le connecte.</summary>
    public static async Task<HttpClient> ClientNouveauCompteAsync(
        this PilotisFactory app,
        TypeOrganisation type,
        NiveauPerimetre niveau,
        string perimetreCode,
        Role role
    )
    {
        var compte = await app.CreerCompteAsync(type, niveau, perimetreCode, role);
        return await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
    }
}
