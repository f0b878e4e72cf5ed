using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Annuaire.Organisations;

public sealed record LigneOrganisation(
    int Id,
    string Nom,
    TypeOrganisation Type,
    string? Siren,
    NiveauPerimetre PerimetreNiveau,
    string PerimetreCode,
    string DepartementCode,
    bool Active,
    int Utilisateurs
);
