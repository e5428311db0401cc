import { z } from "zod";
import { skemaRingkasan } from "../../modules/dashboard/ringkasan.schemas.ts";

const skemaGalat = z.object({
  galat: z.object({ jenis: z.string(), pesan: z.string(), bidang: z.string().nullable() }),
});

/** The OpenAPI 3.1 description of /api/v1, built from the same zod schemas the handlers use so it cannot drift. */
export function dokumenOpenApi() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Terukur API",
      version: "1",
      description: "Data kinerja dan anggaran perangkat daerah (SAKIP), dihitung dari satu sumber data.",
    },
    paths: {
      "/api/v1/opd/{kode}/ringkasan": {
        get: {
          summary: "Ringkasan IKU dan anggaran satu perangkat daerah untuk satu tahun",
          parameters: [
            { name: "kode", in: "path", required: true, schema: { type: "string" }, example: "malili" },
            { name: "tahun", in: "query", required: true, schema: { type: "integer" }, example: 2024 },
          ],
          responses: {
            "200": {
              description: "Ringkasan",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Ringkasan" } } },
            },
            "400": {
              description: "Kueri tidak valid",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Galat" } } },
            },
            "401": {
              description: "Belum masuk: sesi (cookie terukur_sesi) tidak ada atau kedaluwarsa",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Galat" } } },
            },
            "403": {
              description: "Di luar cakupan: perangkat daerah lain atau peran yang tidak diizinkan",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Galat" } } },
            },
            "404": {
              description: "Perangkat daerah tidak ditemukan",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Galat" } } },
            },
          },
        },
      },
      "/api/v1/opd/{kode}/dokumen/{jenis}/{berkas}": {
        get: {
          summary:
            "Dokumen yang disusun dari data tersimpan: LKjIP, Perjanjian Kinerja, matriks IKU, evaluasi triwulan",
          parameters: [
            { name: "kode", in: "path", required: true, schema: { type: "string" }, example: "malili" },
            {
              name: "jenis",
              in: "path",
              required: true,
              schema: { type: "string", enum: ["lkjip", "pk", "iku", "evaluasi-triwulan", "skm"] },
            },
            {
              name: "berkas",
              in: "path",
              required: true,
              description: "TAHUN.FORMAT",
              schema: { type: "string", pattern: "^\\d{4}\\.(pdf|docx|html)$" },
              example: "2024.pdf",
            },
            {
              name: "triwulan",
              in: "query",
              required: false,
              schema: { type: "integer", minimum: 1, maximum: 4 },
            },
            {
              name: "kertas",
              in: "query",
              required: false,
              schema: { type: "string", enum: ["a4", "f4", "a3"] },
            },
          ],
          responses: {
            "200": {
              description: "Berkas dokumen",
              content: {
                "application/pdf": {},
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {},
                "text/html": {},
              },
            },
            "400": {
              description: "Permintaan tidak valid",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Galat" } } },
            },
            "401": {
              description: "Belum masuk: sesi (cookie terukur_sesi) tidak ada atau kedaluwarsa",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Galat" } } },
            },
            "403": {
              description: "Di luar cakupan: perangkat daerah lain atau peran yang tidak diizinkan",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Galat" } } },
            },
            "404": {
              description: "Perangkat daerah tidak ditemukan",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Galat" } } },
            },
          },
        },
      },
      "/api/v1/openapi.json": {
        get: { summary: "Dokumen ini", responses: { "200": { description: "OpenAPI" } } },
      },
    },
    security: [{ sesi: [] }],
    components: {
      securitySchemes: {
        sesi: { type: "apiKey", in: "cookie", name: "terukur_sesi", description: "Sesi dari halaman /masuk" },
      },
      schemas: {
        Ringkasan: z.toJSONSchema(skemaRingkasan, { target: "draft-2020-12" }),
        Galat: z.toJSONSchema(skemaGalat, { target: "draft-2020-12" }),
      },
    },
  };
}
