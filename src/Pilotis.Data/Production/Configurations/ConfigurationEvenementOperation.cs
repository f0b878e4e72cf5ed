using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;

namespace Pilotis.Data.Production.Configurations;

internal sealed class ConfigurationEvenementOperation : IEntityTypeConfiguration<EvenementOperation>
{
    public void Configure(EntityTypeBuilder<EvenementOperation> b)
    {
        b.ToTable("EvenementsOperation");
        b.HasKey(x => x.Id);
        b.Property(x => x.Libelle).HasMaxLength(300);
        b.Property(x => x.Detail).HasMaxLength(2000);
        b.Property(x => x.Auteur).HasMaxLength(256);
    }
}
