using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Annuaire;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Annuaire.Organisations;

public sealed record CompteOrganisation(
    string Id,
    string NomComplet,
    string? Courriel,
    string? Role,
    bool Actif,
    bool InvitationEnAttente
);
