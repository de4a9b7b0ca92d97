// The service page leads with the action (issue 29, item 4): on a 360 × 800 phone "Ajukan online"
// is on the first screen and what to bring on the second at the latest, and the components the
// source does not give take a few short lines, not ten boxes over six screens. The figures are
// printed. Before this change, Pencetakan Surat Keterangan DTKS at 360 × 800: "Ajukan online" ended
// 1.60 screens down, the requirements began 2.47 screens down, the components not given spanned
// 2.02 screens, the page was 6.82 screens long; after: 0.86, 1.45, 0.54 and 5.70.
import { SMALL_PHONE_AND_LAPTOP, expect, expectNoViolations, feed, test } from './fixtures';
import { NOT_IN_SOURCE, STANDARD_COMPONENTS } from '../../src/lib/standard-components';

const online = feed.services.filter((service) => service.onlineApplication);

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    for (const service of online) {
      test(`${service.id}: "Ajukan online" on the first screen, the requirements by the second, the missing components in a few lines`, async ({
        page,
      }) => {
        await page.goto(`/layanan/${service.id}/`);
        const screen = page.viewportSize()!.height;
        const screens = async (selector: string, edge: 'top' | 'bottom') => {
          const box = (await page.locator(selector).first().boundingBox())!;
          return (edge === 'top' ? box.y : box.y + box.height) / screen;
        };
        const action = await screens('a.button:text-is("Ajukan online")', 'bottom');
        const requirements = await screens('#persyaratan-judul', 'top');
        // From the first component the source does not give to the last (time and fee apart, at the top).
        const boxes = await Promise.all(
          STANDARD_COMPONENTS.filter(
            (component) => component.part !== 'top' && service[component.field as keyof typeof service] === undefined,
          ).map(async (component) => (await page.locator(`#${component.id}`).boundingBox())!),
        );
        const missing = Math.max(...boxes.map((box) => box.y + box.height)) - Math.min(...boxes.map((box) => box.y));
        const page_ = await page.evaluate(() => document.documentElement.scrollHeight);
        const figures = [
          `"Ajukan online" ends ${action.toFixed(2)} screens down`,
          `requirements begin ${requirements.toFixed(2)}`,
          `components not given span ${(missing / screen).toFixed(2)} screen`,
          `page ${(page_ / screen).toFixed(2)} screens`,
        ];
        console.log(`${size.name} ${service.id}: ${figures.join(', ')}`);
        expect(action).toBeLessThanOrEqual(1);
        expect(requirements).toBeLessThan(2);
        expect(missing / screen).toBeLessThan(0.75);
        await expect(page.locator('.not-given').last()).toContainText(NOT_IN_SOURCE);
        await expectNoViolations(page);
      });
    }
  });
}
