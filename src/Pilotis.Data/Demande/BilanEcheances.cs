using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

/// <summary>Ce qu'une passe des échéances ferait (ou a fait) à une date.</summary>
public sealed record BilanEcheances(DateOnly Date, int JoursConservation, int ARadier, int APurger);
