using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data.Annuaire;

namespace Pilotis.Web.Features.Annuaire.Compte;

public sealed class DeconnexionModel(SignInManager<Utilisateur> connexion) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await connexion.SignOutAsync();
        return Redirect("/");
    }
}
