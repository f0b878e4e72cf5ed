using Microsoft.AspNetCore.Identity;

namespace Pilotis.Data.Annuaire;

/// <summary>Politique des comptes, partagée par le site et la ligne de commande.</summary>
public static class PolitiqueComptes
{
    public static void Appliquer(IdentityOptions o)
    {
        // Recommandation ANSSI pour un mot de passe sans second facteur : au moins 12 caractères et 4 classes.
        o.Password.RequiredLength = 12;
        o.Password.RequireDigit = true;
        o.Password.RequireLowercase = true;
        o.Password.RequireUppercase = true;
        o.Password.RequireNonAlphanumeric = true;
        // Pas de verrouillage de compte par Identity : cinq essais d'un inconnu bloqueraient le titulaire et
        // révéleraient que le compte existe. Les échecs ralentissent le courriel saisi, existant ou non
        // (RalentissementConnexion du site, docs/adr/0012-durcissement.md).
        o.Lockout.AllowedForNewUsers = false;
        o.User.RequireUniqueEmail = true;
        o.SignIn.RequireConfirmedAccount = false;
    }
}
